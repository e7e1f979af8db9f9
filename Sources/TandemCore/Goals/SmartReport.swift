/// One SMART criterion's verdict. `hint` is nil when the criterion is met; otherwise it is one
/// friendly sentence saying what to change.
public struct SmartFinding: Sendable, Hashable, Codable {
    public var criterion: SmartCriterion
    public var met: Bool
    public var hint: String?

    public init(criterion: SmartCriterion, met: Bool, hint: String?) {
        self.criterion = criterion
        self.met = met
        self.hint = met ? nil : hint
    }

    static func met(_ criterion: SmartCriterion) -> SmartFinding {
        SmartFinding(criterion: criterion, met: true, hint: nil)
    }

    static func unmet(_ criterion: SmartCriterion, _ hint: String) -> SmartFinding {
        SmartFinding(criterion: criterion, met: false, hint: hint)
    }
}

/// The SMART advice for one goal: a finding per criterion, in S-M-A-R-T order.
public struct SmartReport: Sendable, Hashable, Codable {
    public var findings: [SmartFinding]

    public init(findings: [SmartFinding]) {
        self.findings = findings
    }

    public var metCount: Int { findings.count(where: \.met) }

    /// True when every criterion is met.
    public var isSmart: Bool { findings.allSatisfy(\.met) }

    /// The unmet findings, each with its hint, in S-M-A-R-T order.
    public var hints: [SmartFinding] { findings.filter { !$0.met } }

    /// The finding for one criterion.
    public func finding(for criterion: SmartCriterion) -> SmartFinding? {
        findings.first { $0.criterion == criterion }
    }
}

import Foundation

/// One part of an agreement, for saying what changed between two versions.
public enum AgreementField: String, Sendable, CaseIterable, Codable {
    case cadence
    case format
    case hopes
    case confidentiality
    case feedback
    case reviewOn = "review_on"

    public var label: String {
        switch self {
        case .cadence: "How often you meet"
        case .format: "How you meet"
        case .hopes: "What you hope to give and get"
        case .confidentiality: "Confidentiality"
        case .feedback: "How you give each other feedback"
        case .reviewOn: "Review or end date"
        }
    }
}

/// What changed from one version to another: the fields, in form order, and whose hopes changed.
public struct AgreementChanges: Sendable, Hashable {
    public let fields: [AgreementField]
    /// Members whose gives or gets differ, sorted so the result is stable.
    public let hopesOf: [UUID]

    public var isEmpty: Bool { fields.isEmpty }

    /// A pure diff: `old` nil means everything is new.
    public static func between(_ old: AgreementTerms?, _ new: AgreementTerms) -> AgreementChanges {
        guard let old else {
            return AgreementChanges(fields: AgreementField.allCases.filter { $0 != .hopes || !new.hopes.isEmpty },
                                    hopesOf: new.hopes.keys.sorted { $0.uuidString < $1.uuidString })
        }
        let people = Set(old.hopes.keys).union(new.hopes.keys)
        let hopesOf = people.filter { old.hopes(of: $0) != new.hopes(of: $0) }.sorted { $0.uuidString < $1.uuidString }
        let changed: [AgreementField: Bool] = [
            .cadence: old.rhythm != new.rhythm,
            .format: old.format != new.format,
            .hopes: !hopesOf.isEmpty,
            .confidentiality: old.confidentiality != new.confidentiality,
            .feedback: old.feedback != new.feedback,
            .reviewOn: old.reviewOn != new.reviewOn,
        ]
        return AgreementChanges(fields: AgreementField.allCases.filter { changed[$0] == true }, hopesOf: hopesOf)
    }
}

import Fluent
import Foundation
import TandemCore
import Vapor

/// The goal form, new or edit. "Check my goal" re-renders it with the SMART hints and saves nothing.
struct GoalFormContext: Encodable {
    let chrome: PageChrome
    let relationshipURL: String
    let relationshipID: String
    let action: String
    let isNew: Bool
    let values: GoalDraft
    let statuses: [Choice]
    let visibilities: [Choice]
    let errors: [String: String]
    let smart: SmartView?
    /// The skills the pair is about, or nil when their profiles name none.
    let focusAreas: String?
}

/// The five SMART criteria as a list a template can show, with what is missing.
struct SmartView: Encodable {
    struct Row: Encodable {
        let label: String
        let met: Bool
        let hint: String
    }
    let score: String
    let rows: [Row]

    init(_ report: SmartReport) {
        score = "\(report.metCount) of 5"
        rows = report.findings.map { Row(label: $0.criterion.label, met: $0.met, hint: $0.hint ?? "") }
    }
}

enum GoalFormPage {
    static func render(_ req: Request, relationship r: Relationship, user: User, goal: Goal?, values: GoalDraft,
                       errors: [String: String] = [:], showSmart: Bool = false, status: HTTPResponseStatus = .ok) async throws -> Response {
        let base = "/relationships/\(try r.requireID())"
        let context = try await GoalContextSupport.smartInputs(r, user: user, on: req.db)
        var smart: SmartView?
        if showSmart {
            smart = SmartView(SmartCheck.review(SmartInput(
                title: values.title, description: values.description, measure: values.measure,
                targetDate: LocalDate(iso: values.targetDate.trimmingCharacters(in: .whitespaces)),
                milestones: (try? values.validate().milestones) ?? values.milestones.split(separator: "\n").map(String.init),
                today: context.today, programmeEnds: context.programmeEnds, focusAreas: context.focusAreas)))
        }
        let isNew = goal == nil
        return try await req.page("goals/form", GoalFormContext(
            chrome: PageChrome(request: req, title: isNew ? "Set a goal" : "Edit goal", section: "dashboard"),
            relationshipURL: base, relationshipID: try r.requireID().uuidString,
            action: isNew ? "\(base)/goals" : "\(base)/goals/\(try goal?.requireID().uuidString ?? "")/edit",
            isNew: isNew, values: values,
            statuses: Choice.list(GoalStatus.self, selected: values.status.isEmpty ? GoalStatus.notStarted.rawValue : values.status) { $0.label },
            visibilities: Choice.list(GoalVisibility.self, selected: values.visibility.isEmpty ? GoalVisibility.pair.rawValue : values.visibility) { $0.label },
            errors: errors, smart: smart, focusAreas: context.focusAreas.prefix(6).joined(separator: ", ").presentOrNil
        ), status: status)
    }
}

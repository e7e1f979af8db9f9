import Fluent
import Foundation
import TandemCore
import Vapor

/// Logging a check-in that took place: notes for both, a private note, goals and actions.
struct CheckInFormContext: Encodable {
    struct GoalOption: Encodable {
        let id: String
        let title: String
        let owner: String
        let checked: Bool
    }
    struct ActionRowInput: Encodable {
        let index: Int
        let title: String
        let dueDate: String
        let owners: [Choice]
        let titleError: String?
        let ownerError: String?
        let dueError: String?
    }

    let chrome: PageChrome
    let relationshipURL: String
    let meetingID: String
    let values: CheckInDraft
    let formats: [Choice]
    let goals: [GoalOption]
    let hasGoals: Bool
    let actions: [ActionRowInput]
    let errors: [String: String]
    let zones = TimeZoneChoices.all
}

enum CheckInFormPage {
    static let actionRows = 3

    static func render(_ req: Request, relationship r: Relationship, user: User, meetingID: String, values: CheckInDraft,
                       errors: [String: String] = [:], status: HTTPResponseStatus = .ok) async throws -> Response {
        let goals = try await GoalQueries.goals(in: r, on: req.db)
        let names = Dictionary(r.members.map { ($0.$user.id, $0.user.name) }, uniquingKeysWith: { a, _ in a })
        let chosen = Set(values.goalIDs)
        var rows = values.actions
        while rows.count < actionRows { rows.append(ActionItemDraft()) }
        return try await req.page("check-ins/checkin-form", CheckInFormContext(
            chrome: PageChrome(request: req, title: "Log a check-in", section: "dashboard"),
            relationshipURL: "/relationships/\(try r.requireID())", meetingID: meetingID, values: values,
            formats: Choice.list(MeetingFormat.self, selected: values.meeting.format) { $0.label },
            goals: goals.map { g in
                .init(id: g.id?.uuidString ?? "", title: g.title, owner: g.$owner.id == user.id ? "yours" : (names[g.$owner.id] ?? ""),
                      checked: chosen.contains(g.id?.uuidString ?? ""))
            },
            hasGoals: !goals.isEmpty,
            actions: rows.enumerated().map { index, row in
                let owner = row.ownerID.isEmpty ? (user.id?.uuidString ?? "") : row.ownerID
                return .init(index: index, title: row.title, dueDate: row.dueDate,
                             owners: r.members.map { Choice(value: $0.$user.id.uuidString, label: $0.$user.id == user.id ? "You" : $0.user.name,
                                                            selected: $0.$user.id.uuidString == owner) },
                             titleError: errors["actions[\(index)][title]"], ownerError: errors["actions[\(index)][owner_id]"],
                             dueError: errors["actions[\(index)][due_date]"])
            },
            errors: errors), status: status)
    }
}

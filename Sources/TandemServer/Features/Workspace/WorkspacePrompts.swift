import Foundation
import TandemCore

/// In-app prompts (docs/rules.md: until a scheduler exists, due surveys and nudges appear when the
/// person next visits).
enum WorkspacePrompts {
    static func list(_ d: WorkspaceData, base: String, now: Date) -> [WorkspaceContext.Prompt] {
        var prompts: [WorkspaceContext.Prompt] = []
        let me = d.viewerID
        if d.relationship.isArchived {
            if !d.reflections.contains(where: { $0.userID == me }) {
                prompts.append(.init(text: "This relationship is closed. Add your closing reflection: what you learned, and what your partner learned from you.",
                                     url: "\(base)/close", action: "Write your reflection"))
            }
            return prompts
        }
        for survey in d.dueSurveys {
            prompts.append(.init(text: "“\(survey.title)” is waiting for your answers.",
                                 url: "\(base)/surveys/\(survey.id?.uuidString ?? "")", action: "Answer the survey"))
        }
        // On a later page of check-ins, `held` does not start with the latest one.
        if !d.isOlderCheckInPage, let last = d.held.first, let lastID = last.id,
           !d.feedback.contains(where: { $0.fromUserID == me && ($0.meetingID == lastID || ($0.createdAt ?? .distantPast) > last.startsAt) }) {
            prompts.append(.init(text: "How did your last check-in go? Tell your partner what went well and what could be better.",
                                 url: "\(base)/feedback/new?check_in=\(lastID.uuidString)", action: "Give feedback"))
        }
        if let overdue = d.upcoming.first(where: { $0.startsAt <= now }), let id = overdue.id {
            prompts.append(.init(text: "Your meeting on \(DateText.dateTime(overdue.startsAt, timeZone: d.timeZone.identifier)) has passed. Log it as a check-in, with notes and actions.",
                                 url: "\(base)/check-ins/new?meeting=\(id.uuidString)", action: "Log the check-in"))
        }
        if !d.viewerHasGoal {
            prompts.append(.init(text: "You have not set a goal yet. Both sides set goals here, mentors too.",
                                 url: "\(base)/goals/new", action: "Set a goal"))
        }
        return prompts
    }
}

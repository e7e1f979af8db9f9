import Foundation
import TandemCore

/// Goal cards grouped by owner: the viewer first, then each partner, so both sides' goals
/// (the mentor's learning goals too) sit side by side.
enum WorkspaceGoals {
    static func groups(_ d: WorkspaceData, base: String, today: LocalDate) -> [GoalGroup] {
        let members = d.relationship.members.sorted { ($0.$user.id == d.viewerID ? 0 : 1, $0.user.name) < ($1.$user.id == d.viewerID ? 0 : 1, $1.user.name) }
        let byOwner = Dictionary(grouping: d.goals, by: { $0.$owner.id })
        let focusAreas = d.focusAreas
        return members.map { member in
            let isMine = member.$user.id == d.viewerID
            let goals = (byOwner[member.$user.id] ?? []).map { card($0, d, base: base, today: today, focusAreas: focusAreas) }
            return GoalGroup(ownerName: isMine ? "Your goals" : "\(member.user.name)’s goals",
                             roleLabel: roleLabel(member.role), isMine: isMine, goals: goals, hasGoals: !goals.isEmpty)
        }
    }

    static func roleLabel(_ role: EnrolmentRole) -> String {
        switch role {
        case .mentor: "Mentor: learning goals count too"
        case .mentee: "Mentee"
        case .peer: "Peer"
        }
    }

    static func card(_ goal: Goal, _ d: WorkspaceData, base: String, today: LocalDate, focusAreas: [String]) -> GoalCard {
        let id = goal.id?.uuidString ?? ""
        let milestones = d.milestones[goal.id ?? UUID()] ?? []
        let report = GoalContextSupport.review(goal, milestones: milestones, today: today, programmeEnds: d.programmeEnds, focusAreas: focusAreas)
        let hints = goal.status.isOpen ? report.hints.compactMap(\.hint) : []
        return GoalCard(
            id: id, url: "\(base)/goals/\(id)", title: goal.title, status: goal.status.label, statusCode: goal.status.rawValue,
            target: DateText.day(goal.targetLocalDate).presentOrNil, measure: goal.measure.presentOrNil,
            milestones: milestones.isEmpty ? nil : "\(milestones.filter { $0.doneAt != nil }.count)/\(milestones.count)",
            updates: counted(d.updateCounts[goal.id ?? UUID()] ?? 0, "update"),
            smartScore: "\(report.metCount) of 5", hints: hints, hintsSummary: counted(hints.count, "SMART hint"),
            sharedWithAdmins: goal.visibility == .admins)
    }

    /// "1 update", "2 updates"; nil for none.
    static func counted(_ count: Int, _ noun: String) -> String? {
        count == 0 ? nil : "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}

import Fluent
import Foundation
import TandemCore

enum GoalMilestones {
    /// Rewrites the milestone list, keeping the ticked state of milestones whose title is
    /// unchanged. Run inside the goal's transaction.
    static func replace(of goal: Goal, with titles: [String], on db: any Database) async throws {
        let goalID = try goal.requireID()
        let existing = try await GoalMilestone.query(on: db).filter(\.$goalID == goalID).all()
        guard existing.map(\.title) != titles else { return }
        let doneAt = Dictionary(existing.compactMap { m in m.doneAt.map { (m.title, $0) } }, uniquingKeysWith: { a, _ in a })
        try await GoalMilestone.query(on: db).filter(\.$goalID == goalID).delete()
        for (index, title) in titles.enumerated() {
            let milestone = GoalMilestone(organisationID: goal.organisationID, relationshipID: goal.$relationship.id,
                                          goalID: goalID, position: index, title: title)
            milestone.doneAt = doneAt[title]
            try await milestone.create(on: db)
        }
    }
}

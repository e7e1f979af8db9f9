import Fluent
import Foundation
import TandemCore

enum MeetingQueries {
    /// A relationship's meetings with what hangs off them, in four queries.
    struct Details {
        /// By start time.
        let meetings: [Meeting]
        /// Only the viewer's own private notes.
        let myPrivateNotes: [MeetingPrivateNote]
        let goals: [MeetingGoal]
        let actions: [ActionItem]
    }

    static func details(in r: Relationship, for viewer: User, on db: any Database) async throws -> Details {
        let rid = try r.requireID()
        return Details(
            meetings: try await Meeting.query(on: db).filter(\.$relationshipID == rid).sort(\.$startsAt).all(),
            myPrivateNotes: try await MeetingPrivateNote.query(on: db).filter(\.$relationshipID == rid)
                .filter(\.$authorID == viewer.requireID()).all(),
            goals: try await MeetingGoal.query(on: db).filter(\.$relationshipID == rid).all(),
            actions: try await ActionItem.query(on: db).filter(\.$relationshipID == rid).all())
    }
}

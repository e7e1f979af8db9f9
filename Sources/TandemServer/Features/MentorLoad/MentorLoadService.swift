import Fluent
import Foundation
import SQLKit
import TandemCore

/// Who is stretched and who is left waiting in one programme, for its admins: mentors near or
/// over capacity, mentors with many requests waiting, and the seekers who have waited longest.
struct MentorLoadService {
    let context: ServiceContext

    struct Load {
        let programme: Programme
        let nearCapacity: [MentorLoadQueries.MentorRow]
        let manyPending: [MentorLoadQueries.PendingRow]
        let waiting: [MentorLoadQueries.WaitingRow]
    }

    func load(programmeID: UUID?) async throws -> Load {
        let programme = try await context.programmeAdmin(of: programmeID)
        let id = try programme.requireID()
        let (seeker, offered) = RequestRoles.roles(for: programme.type)
        let sql = context.db as! any SQLDatabase
        return Load(
            programme: programme,
            nearCapacity: try await MentorLoadQueries.nearCapacity(programmeID: id, role: offered, on: sql),
            manyPending: try await MentorLoadQueries.manyPending(programmeID: id, on: sql),
            waiting: try await MentorLoadQueries.waitingLongest(programmeID: id, role: seeker, on: sql))
    }
}

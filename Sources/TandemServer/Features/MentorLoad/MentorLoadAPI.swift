import Foundation
import TandemCore
import Vapor

/// The load view over the API (admins).
enum MentorLoadAPI {
    static let routes: [APIRoute] = [
        APIRoute(.GET, "programmes/:programmeID/load", .admin, use: show,
                 "Mentors near or over capacity, mentors with many pending requests, and the seekers waiting longest (admin)",
                 tag: "programmes", response: "MentorLoad", errors: [401, 403, 404]),
    ]

    struct Mentor: APIContent {
        let userID: UUID
        let name: String
        let level: String
        let seatsLeft: Int
        let programmeSeatsUsed: Int
        let programmeCapacity: Int
        let overallSeatsUsed: Int
        let overallCapacity: Int
    }

    struct Pending: APIContent {
        let userID: UUID
        let name: String
        let pendingRequests: Int
        let oldestRequestAt: Date
    }

    struct Waiting: APIContent {
        let userID: UUID
        let name: String
        let enrolledAt: Date
        let pendingRequests: Int
        let oldestRequestAt: Date?
    }

    struct Output: APIContent {
        let nearCapacity: [Mentor]
        let manyPending: [Pending]
        let waitingLongest: [Waiting]
    }

    @Sendable static func show(req: Request) async throws -> Output {
        let load = try await MentorLoadService(context: try req.serviceContext())
            .load(programmeID: req.parameters.get("programmeID", as: UUID.self))
        return Output(
            nearCapacity: load.nearCapacity.map { m in
                let room = m.room
                return Mentor(userID: m.user_id, name: m.name, level: room.level.rawValue, seatsLeft: room.seatsLeft,
                              programmeSeatsUsed: m.seats_used, programmeCapacity: m.capacity,
                              overallSeatsUsed: m.mentor_seats_used, overallCapacity: m.mentor_capacity)
            },
            manyPending: load.manyPending.map {
                Pending(userID: $0.mentor_id, name: $0.name, pendingRequests: $0.pending, oldestRequestAt: $0.oldest)
            },
            waitingLongest: load.waiting.map {
                Waiting(userID: $0.user_id, name: $0.name, enrolledAt: $0.enrolled_at, pendingRequests: $0.pending,
                        oldestRequestAt: $0.oldest_request)
            })
    }
}

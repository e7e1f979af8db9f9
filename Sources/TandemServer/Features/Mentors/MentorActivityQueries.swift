import Fluent
import Foundation
import SQLKit
import TandemCore

/// What browse tells mentees to expect of each mentor on a page: their typical response time
/// (`ResponseTime`, over their answers of the last 180 days) and when they were last active
/// (their newest session's `last_seen_at`, coarse). Two queries per page, whatever its size,
/// each reading only the page's mentors through the `mentor_requests_mentor` and `sessions`
/// user indexes.
enum MentorActivityQueries {
    struct Activity: Sendable, Equatable {
        let medianResponseSeconds: Int?
        let lastSeen: Date?
    }

    static func of(_ mentorIDs: [UUID], now: Date = Date(), on db: any Database) async throws -> [UUID: Activity] {
        guard !mentorIDs.isEmpty else { return [:] }
        let sql = db as! any SQLDatabase
        struct Answer: Decodable { let mentor_id: UUID; let created_at: Date; let decided_at: Date }
        // Answers the mentor gave themselves: Tandem's declines for someone away carry a code.
        let answers = try await sql.select().columns("mentor_id", "created_at", "decided_at").from("mentor_requests")
            .where("mentor_id", .in, mentorIDs)
            .where("status", .in, [RequestStatus.accepted.rawValue, RequestStatus.declined.rawValue])
            .where(SQLColumn("decline_code"), .is, SQLLiteral.null)
            .where(SQLColumn("decided_at"), .isNot, SQLLiteral.null)
            .where("created_at", .greaterThanOrEqual, now.addingTimeInterval(-ResponseTime.lookback))
            .all(decoding: Answer.self)
        var waits: [UUID: [(at: Date, seconds: Int)]] = [:]
        for a in answers {
            waits[a.mentor_id, default: []].append((a.decided_at, max(0, Int(a.decided_at.timeIntervalSince(a.created_at)))))
        }
        struct Seen: Decodable { let user_id: UUID; let last_seen: Date? }
        let seen = try await sql.select().column("user_id")
            .column(SQLAlias(SQLFunction("MAX", args: SQLColumn("last_seen_at")), as: SQLIdentifier("last_seen")))
            .from("sessions").where("user_id", .in, mentorIDs).groupBy("user_id")
            .all(decoding: Seen.self)
        let lastSeen = Dictionary(seen.map { ($0.user_id, $0.last_seen) }, uniquingKeysWith: { a, _ in a })
        return Dictionary(uniqueKeysWithValues: mentorIDs.map { id in
            // The newest answers only: a bounded sample, and recent behaviour is what mentees meet.
            let recent = (waits[id] ?? []).sorted { $0.at > $1.at }.prefix(ResponseTime.maxSamples).map(\.seconds)
            return (id, Activity(medianResponseSeconds: ResponseTime.median(Array(recent)), lastSeen: lastSeen[id] ?? nil))
        })
    }
}

import Fluent
import SQLKit
import Foundation
import TandemCore
import Testing
import Vapor
@testable import TandemServer

/// A programme with an admin and pairs written straight in the database, each started some days
/// ago: 3 days (healthy), 20 days without a meeting (at risk), 40 days (stalled).
struct RiskScene {
    let fixtures: Fixtures
    let scene: MentoringScene

    var app: Application { fixtures.app }
    var programmeID: UUID { scene.programmeID }
    var consolePath: String { "/programmes/\(programmeID)/relationships" }
    var consoleAPI: String { "/api/v1/programmes/\(programmeID)/relationships" }

    static func make(_ fixtures: Fixtures) async throws -> RiskScene {
        RiskScene(fixtures: fixtures, scene: try await MentoringScene.make(fixtures))
    }

    /// A pair of the scene's mentor and a new mentee called `name`, started `days` ago.
    @discardableResult
    func pair(_ name: String, startedDaysAgo days: Double, now: Date = Date()) async throws -> (id: UUID, mentee: User) {
        let mentee = try await fixtures.user(in: scene.org, name: name)
        let r = Relationship(organisationID: try scene.org.requireID(), programmeID: programmeID,
                             startedAt: now.addingTimeInterval(-days * 86_400))
        try await r.create(on: app.db)
        for (user, role) in [(scene.mentor, EnrolmentRole.mentor), (mentee, .mentee)] {
            try await RelationshipMember(organisationID: try scene.org.requireID(), relationshipID: try r.requireID(),
                                         userID: try user.requireID(), role: role).create(on: app.db)
        }
        return (try r.requireID(), mentee)
    }

    /// A held check-in `days` ago, logged by `by`, optionally confirmed by `confirmedBy` at the same time.
    func checkIn(_ relationshipID: UUID, daysAgo days: Double, by user: User, confirmedBy: User? = nil,
                 now: Date = Date()) async throws {
        let valid = ValidMeeting(startsAt: now.addingTimeInterval(-days * 86_400), timeZone: .gmt, durationMinutes: 60,
                                 format: .call, link: nil, agenda: "")
        let meeting = Meeting(organisationID: user.organisationID, relationshipID: relationshipID, createdBy: try user.requireID(),
                              meeting: valid, status: .held)
        meeting.loggedBy = try user.requireID()
        if let confirmedBy {
            meeting.confirmedBy = try confirmedBy.requireID()
            meeting.confirmedAt = valid.startsAt
        }
        try await meeting.create(on: app.db)
        // Logged when it was held, not when the test wrote it: activity counts from these times.
        try await (app.db as! any SQLDatabase).raw("""
            UPDATE meetings SET created_at = \(bind: valid.startsAt), updated_at = \(bind: valid.startsAt)
            WHERE id = \(bind: try meeting.requireID())
            """).run()
    }

    func admin() async throws -> TestClient { try await fixtures.client(signedInAs: scene.admin) }
}

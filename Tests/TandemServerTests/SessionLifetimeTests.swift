import Fluent
import Foundation
import Testing
import VaporTesting
@testable import TandemServer

@Suite("Sessions end 30 days after sign-in, however busy")
struct SessionLifetimeTests {
    static let day: TimeInterval = 24 * 3600

    /// Signs Ben in and backdates the session's start, keeping it freshly used.
    static func session(startedDaysAgo days: Double, _ app: Application) async throws -> TestClient {
        let fixtures = Fixtures(app: app)
        let ben = try await fixtures.user(in: try await fixtures.organisation(), name: "Ben")
        let browser = try await fixtures.client(signedInAs: ben)
        try await UserSession.query(on: app.db)
            .set(\.$createdAt, to: Date().addingTimeInterval(-days * day))
            .update()
        return browser
    }

    @Test(arguments: TestDB.enabled)
    func aSessionOlderThanThirtyDaysEndsEvenIfUsedToday(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let browser = try await Self.session(startedDaysAgo: 31, app)
            // act
            let me = try await browser.get("/api/v1/me")
            // assert
            #expect(me.status == .unauthorized)
        }
    }

    @Test(arguments: TestDB.enabled)
    func aSessionYoungerThanThirtyDaysStillWorks(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let browser = try await Self.session(startedDaysAgo: 29, app)
            // act
            let me = try await browser.get("/api/v1/me")
            // assert
            #expect(me.status == .ok)
        }
    }

    @Test(arguments: TestDB.enabled)
    func touchingASessionNeverExtendsItPastThirtyDays(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: started 29 days ago, last seen an hour ago, so this request touches it
            let browser = try await Self.session(startedDaysAgo: 29, app)
            try await UserSession.query(on: app.db)
                .set(\.$lastSeenAt, to: Date().addingTimeInterval(-3600))
                .update()
            // act
            let me = try await browser.get("/api/v1/me")
            let record = try #require(try await UserSession.query(on: app.db).first())
            // assert
            #expect(me.status == .ok)
            let createdAt = try #require(record.createdAt)
            #expect(record.expiresAt <= createdAt.addingTimeInterval(TandemSessionMiddleware.absoluteLifetime + 1))
            #expect(record.lastSeenAt > Date().addingTimeInterval(-600))
        }
    }
}

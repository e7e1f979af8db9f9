import Foundation
import NIOCore
import NIOHTTP1
import Testing
import Vapor
import VaporTesting
@testable import TandemServer

/// Sends `nan`, `inf`, huge numbers, NUL, 5,000-character strings and forged cursors to every
/// parameter a client can reach, found from the route table, the OpenAPI document and the
/// rendered pages, so a new route is covered without anyone adding it here. Nothing may
/// answer 5xx, and the app must still answer afterwards (on PostgreSQL a trap would end the run).
@Suite("Hostile numbers, dates and cursors never crash Tandem")
struct ExtremeValueTests {
    /// Forms whose submission would end the session or the relationship the crawl stands on.
    static let skippedActions = ["sign-out", "/close", "/leave", "deactivate", "/archive", "/cancel"]

    @Test(arguments: TestDB.enabled)
    func everyParameterSurvivesHostileValues(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await IsolationTests.seedOrgA(fixtures)
            let users = try await User.query(on: app.db).all()
            let admin = try #require(users.first { $0.name == "Zed Alphaadmin" })
            let mentee = try #require(users.first { $0.name == "Rory Alphamentee" })
            // Enough messages that the thread links to an older page, so its cursor is found.
            let relationshipID = try #require(UUID(uuidString: org.ids["relationshipID"] ?? ""))
            for index in 0..<55 {
                try await Message(organisationID: mentee.organisationID, relationshipID: relationshipID, authorID: try mentee.requireID(),
                                  body: "Message \(index)", at: Date().addingTimeInterval(Double(index - 60) * 60)).create(on: app.db)
            }
            var crawler = HostileCrawler(app: app, ids: org.ids)
            crawler.browsers = [try await fixtures.client(signedInAs: admin), try await fixtures.client(signedInAs: mentee)]

            // act
            try await crawler.discover()
            try await crawler.fuzzQueriesAndPaths()
            try await crawler.fuzzForms(skipping: Self.skippedActions)
            try await crawler.fuzzAPIBodies(skipping: Self.skippedActions)

            // assert
            #expect(crawler.failures.isEmpty, "\(crawler.failures.count) requests answered 5xx:\n\(crawler.failures.prefix(40).joined(separator: "\n"))")
            #expect(crawler.requests > 2_000, "only \(crawler.requests) requests were tried")
            print("hostile requests tried: \(crawler.requests), forms \(crawler.formsTried), numeric fields \(crawler.numericFieldsTried)")
            #expect(crawler.queryParameters["/api/v1/relationships/:relationshipID/messages", default: []].contains("before"))
            #expect(crawler.queryParameters["/relationships/:relationshipID/messages", default: []].contains("before"))
            #expect(crawler.queryParameters["/programmes/:programmeID/mentors", default: []].contains("skill"))
            #expect(crawler.formsTried > 5 && crawler.numericFieldsTried > 10,
                    "forms \(crawler.formsTried), numeric fields \(crawler.numericFieldsTried)")
            let health = try await crawler.browsers[0].get("/healthz")
            #expect(health.status == .ok)
        }
    }
}

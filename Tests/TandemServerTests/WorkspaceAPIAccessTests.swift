import Fluent
import Foundation
import TandemCore
import Testing
import VaporTesting
@testable import TandemServer

@Suite("Workspace API: calendar feed, isolation and CSRF")
struct WorkspaceAPIAccessTests {
    /// The path of a feed address, which the API gives as an absolute URL.
    static func path(of url: String?) throws -> String {
        let address = try #require(url)
        return try #require(URL(string: address)?.path)
    }

    @Test(arguments: TestDB.enabled)
    func calendarFeedAddressIsMadeAndRegenerated(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            try await w.meeting(by: w.mentor, days: 3, agenda: "Plan the workshop")
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            let anonymous = TestClient(app)
            // act
            let before = try await mentee.api(.GET, "/api/v1/me/calendar-feed")
            let created = try await mentee.api(.POST, "/api/v1/me/calendar-feed")
            let shown = try await mentee.api(.GET, "/api/v1/me/calendar-feed").json(CalendarAPI.FeedResponse.self)
            let firstPath = try Self.path(of: try created.json(CalendarAPI.FeedResponse.self).url)
            let feed = try await anonymous.get(firstPath)
            let regenerated = try await mentee.api(.POST, "/api/v1/me/calendar-feed")
            let secondPath = try Self.path(of: try regenerated.json(CalendarAPI.FeedResponse.self).url)
            let oldFeed = try await anonymous.get(firstPath)
            let newFeed = try await anonymous.get(secondPath)
            // assert
            #expect(before.status == .ok)
            #expect(try before.json(CalendarAPI.FeedResponse.self).url == nil)
            #expect(created.status == .created)
            let address = try created.json(CalendarAPI.FeedResponse.self)
            #expect(shown.url == address.url)
            #expect(address.webcalURL?.hasPrefix("webcal://") == true)
            #expect(firstPath.hasPrefix("/calendar/feeds/") && firstPath.hasSuffix(".ics"))
            #expect(feed.status == .ok)
            #expect(feed.headers.contentType?.type == "text" && feed.headers.contentType?.subType == "calendar")
            #expect(feed.body.string.contains("BEGIN:VCALENDAR"))
            #expect(feed.body.string.unfoldedICS.contains("Plan the workshop"))
            #expect(regenerated.status == .created)
            #expect(secondPath != firstPath)
            #expect(oldFeed.status == .notFound)
            #expect(newFeed.status == .ok)
        }
    }

    @Test(arguments: TestDB.enabled)
    func anotherOrganisationGets404(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let goal = try await w.goal("Learn SQL joins", owner: w.mentee)
            try await w.message("Hello", from: w.mentor)
            let outsider = try await fixtures.user(in: try await fixtures.organisation("Globex"), name: "Olga Outsider", role: .admin)
            let client = try await fixtures.client(signedInAs: outsider)
            let reads = ["goals", "goals/\(goal.id!)", "meetings", "messages", "feedback", "surveys"].map { "\(w.apiBase)/\($0)" }
                + ["/api/v1/programmes/\(w.scene.programmeID)/surveys"]
            // act
            var responses: [(String, TestingHTTPResponse)] = []
            for path in reads { responses.append((path, try await client.api(.GET, path))) }
            let post = try await client.rawJSON(.POST, "\(w.apiBase)/messages", body: #"{"body":"Hi from Globex"}"#)
            let put = try await client.rawJSON(.PUT, "\(w.apiBase)/goals/\(goal.id!)", body: #"{"title":"Taken over"}"#)
            // assert
            for (path, response) in responses + [("POST messages", post), ("PUT goal", put)] {
                #expect(response.status == .notFound, "\(path) answered \(response.status)")
                #expect(response.errorCode.hasSuffix(".not_found"), "\(path) answered \(response.errorCode)")
                #expect(!response.body.string.contains("Learn SQL joins"))
            }
            #expect(try await Message.query(on: app.db).count() == 1)
            #expect(try await Goal.find(goal.id, on: app.db)?.title == "Learn SQL joins")
        }
    }

    @Test(arguments: TestDB.enabled)
    func cookiePostWithoutCSRFTokenIsRefused(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            let body = #"{"title":"Sneaky goal"}"#
            // act
            let missing = try await mentee.rawJSON(.POST, "\(w.apiBase)/goals", body: body, withCSRF: false)
            let messageMissing = try await mentee.rawJSON(.POST, "\(w.apiBase)/messages", body: #"{"body":"Hi"}"#, withCSRF: false)
            let genuine = try await mentee.rawJSON(.POST, "\(w.apiBase)/goals", body: body)
            // assert
            for refused in [missing, messageMissing] {
                #expect(refused.status == .forbidden)
                #expect(refused.errorCode == "csrf.invalid")
            }
            #expect(genuine.status == .created)
            #expect(try await Goal.query(on: app.db).count() == 1)
            #expect(try await Message.query(on: app.db).count() == 0)
        }
    }
}

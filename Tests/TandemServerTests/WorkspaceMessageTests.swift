import Fluent
import Foundation
import TandemCore
import Testing
import VaporTesting
@testable import TandemServer

@Suite("Workspace messages")
struct WorkspaceMessageTests {
    @Test(arguments: TestDB.enabled)
    func messagesAreEscapedAndLinked(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            // act
            let posted = try await mentee.post("\(w.base)/messages", form: [
                "body": "<script>alert('x')</script> see https://example.com/slides and <b>bold</b>",
            ])
            let empty = try await mentee.post("\(w.base)/messages", form: ["body": "   "])
            let page = try await fixtures.client(signedInAs: w.mentor).get(w.base).body.string
            // assert
            #expect(posted.status == .seeOther)
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.body.string.contains("Write a message first."))
            #expect(try await Message.query(on: app.db).count() == 1)
            #expect(!page.contains("<script>alert"))
            #expect(!page.contains("<b>bold</b>"))
            #expect(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
            #expect(page.contains(#"<a href="https://example.com/slides" rel="nofollow noopener ugc">https://example.com/slides</a>"#))
        }
    }

    @Test(arguments: TestDB.enabled)
    func theUnreadCountShowsUntilThePartnerOpensTheRelationship(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            let mentor = try await fixtures.client(signedInAs: w.mentor)
            try await mentee.post("\(w.base)/messages", form: ["body": "Can we move Thursday?"])
            // act
            let senderDashboard = try await mentee.get("/").body.string
            let before = try await mentor.get("/").body.string
            let opened = try await mentor.get(w.base).body.string
            let after = try await mentor.get("/").body.string
            let reopened = try await mentor.get(w.base).body.string
            // assert
            #expect(!senderDashboard.contains("unread message"))
            #expect(before.contains("1 unread message"))
            #expect(opened.contains("Messages (1 new)"))
            #expect(opened.contains("Can we move Thursday?"))
            #expect(!after.contains("unread message"))
            #expect(!reopened.contains("(1 new)"))
        }
    }

    @Test(arguments: TestDB.enabled)
    func olderMessagesArePaginated(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: 80 messages, oldest first, a minute apart. Like `Date()`, each time has a
            // fraction finer than a microsecond (0.8 µs), which no database keeps exactly.
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let start = Date(timeIntervalSince1970: (Date().timeIntervalSince1970 - 86_400).rounded(.down) + 0.000_000_8)
            for i in 0..<80 {
                try await w.message(String(format: "m%03dx", i), from: i % 2 == 0 ? w.mentor : w.mentee,
                                    at: start.addingTimeInterval(Double(i) * 61))
            }
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            // act
            let page = try await mentee.get(w.base).body.string
            let firstOlder = try #require(TestClient.firstMatch(in: page, pattern: #"<a href="([^"]+)">Older messages</a>"#))
            let older = try await mentee.get(firstOlder.replacingOccurrences(of: "&amp;", with: "&")).body.string
            let secondOlder = try #require(TestClient.firstMatch(in: older, pattern: #"<a href="([^"]+)">Even older messages</a>"#))
            let oldest = try await mentee.get(secondOlder.replacingOccurrences(of: "&amp;", with: "&")).body.string
            // assert: newest 20 on the page, then 50, then the last 10, each exactly once
            let all = (0..<80).map { String(format: "m%03dx", $0) }
            #expect(all.filter { page.contains($0) } == Array(all[60...]))
            #expect(all.filter { older.contains($0) } == Array(all[10..<60]))
            #expect(all.filter { oldest.contains($0) } == Array(all[..<10]))
            #expect(!oldest.contains("Even older messages"))
            #expect(firstOlder.hasPrefix("\(w.base)/messages?before="))
        }
    }

    @Test(arguments: TestDB.enabled)
    func aGarbledCursorIsABadRequestThatSaysSo(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            try await w.message("Only message", from: w.mentor)
            // act
            let response = try await fixtures.client(signedInAs: w.mentee).get("\(w.base)/messages?before=bm90LWEtY3Vyc29y")
            // assert
            #expect(response.status == .badRequest)
            #expect(response.body.string.contains("Start again from the first page"))
            #expect(!response.body.string.contains("Only message"))
        }
    }
}

import Fluent
import Foundation
import TandemCore
import Testing
import VaporTesting
@testable import TandemServer

/// Bounded work per request in the workspace: byte limits, list caps, paged lists.
@Suite("Workspace bounds")
struct WorkspaceBoundsTests {
    /// 700 characters of a 25-byte family emoji: short in characters, over 16,000 bytes.
    static let wideMessage = String(repeating: "👨‍👩‍👧‍👦", count: 700)

    static func fieldCodes(_ response: TestingHTTPResponse) throws -> [String: String] {
        let error = try #require(try response.jsonObject()["error"] as? [String: Any])
        let fields = try #require(error["fields"] as? [[String: Any]])
        return Dictionary(fields.compactMap { f in (f["field"] as? String).map { ($0, f["code"] as? String ?? "") } },
                          uniquingKeysWith: { a, _ in a })
    }

    @Test(arguments: TestDB.enabled)
    func aMessageOverSixteenThousandBytesIsRefusedOnThePageAndTheAPI(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let mentor = try await fixtures.client(signedInAs: w.mentor)
            // act
            let page = try await mentor.post("\(w.base)/messages", form: ["body": Self.wideMessage])
            let api = try await mentor.api(.POST, "\(w.apiBase)/messages", json: ["body": Self.wideMessage])
            let fine = try await mentor.api(.POST, "\(w.apiBase)/messages", json: ["body": String(repeating: "a", count: 4000)])
            // assert
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.string.contains("Keep a message to 4000 characters or fewer."))
            #expect(page.body.string.contains("👨‍👩‍👧‍👦👨‍👩‍👧‍👦"), "the form keeps what was typed")
            #expect(api.status == .unprocessableEntity)
            #expect(try Self.fieldCodes(api)["body"] == "too_long")
            #expect(fine.status == .created)
            #expect(try await Message.query(on: app.db).count() == 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func twentyOneActionsIsAFieldErrorOnThePageAndTheAPI(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let mentor = try await fixtures.client(signedInAs: w.mentor)
            var form = WorkspaceCheckInTests.checkInForm(owner: w.mentor)
            for i in 0..<21 {
                form["actions[\(i)][title]"] = "Action \(i)"
                form["actions[\(i)][owner_id]"] = w.mentor.id!.uuidString
            }
            var body = APIBody.meeting(dayOffset: -1)
            body["actions"] = (0..<21).map { ["title": "Action \($0)", "owner_id": w.mentor.id!.uuidString] }
            // act
            let page = try await mentor.post("\(w.base)/check-ins", form: form)
            let api = try await mentor.rawJSON(.POST, "\(w.apiBase)/check-ins", body: try APIBody.json(body))
            // assert
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.string.contains("List at most 20 actions per check-in."))
            #expect(page.body.string.contains("We planned the SQL workshop"), "the form keeps what was typed")
            #expect(api.status == .unprocessableEntity)
            #expect(try Self.fieldCodes(api)["actions"] == "too_many")
            #expect(try await Meeting.query(on: app.db).count() == 0)
        }
    }

    @Test(arguments: TestDB.enabled)
    func elevenLanguagesIsAFieldErrorOnTheProfileFormAndAPI(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let person = try await fixtures.user(in: org, name: "Pat")
            let browser = try await fixtures.client(signedInAs: person)
            var form = ProfileTests.validForm
            form["languages"] = (0..<11).map { "Language \($0)" }.joined(separator: ", ")
            var json = form
            json.removeValue(forKey: "motivators[]")
            json["skills_wanted"] = (0..<31).map { "skill \($0)" }.joined(separator: ", ")
            // act
            let page = try await browser.post("/profile", form: form)
            let api = try await browser.api(.PUT, "/api/v1/profile", json: json)
            // assert
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.string.contains("List at most 10 languages"))
            #expect(page.body.string.contains("Language 10"), "the form keeps what was typed")
            #expect(api.status == .unprocessableEntity)
            let codes = try Self.fieldCodes(api)
            #expect(codes["languages"] == "too_many")
            #expect(codes["skills_wanted"] == "too_many")
        }
    }

    @Test(arguments: TestDB.enabled)
    func checkInsArePagedWithAShowOlderLink(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: 23 held check-ins, one a day
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            for day in 1...23 {
                try await w.meeting(by: w.mentor, days: -Double(day), minutes: 30, status: .held, sharedNotes: "Check-in note \(day)")
            }
            let mentor = try await fixtures.client(signedInAs: w.mentor)
            // act
            let first = try await mentor.get(w.base).body.string
            let olderPath = try #require(TestClient.firstMatch(in: first, pattern: ##"href="([^"]*check_ins_before=[^"#]*)[^"]*" rel="next">Show older check-ins"##))
            let older = try await mentor.get(olderPath.replacingOccurrences(of: "&amp;", with: "&")).body.string
            // assert: the newest 20 first, hours still count all 23, then the last three
            #expect(first.contains("Check-in note 1<"))
            #expect(first.contains("Check-in note 20<"))
            #expect(!first.contains("Check-in note 21<"))
            #expect(first.contains("over 23 check-ins"))
            #expect(older.contains("Check-in note 21<") && older.contains("Check-in note 23<"))
            #expect(!older.contains("Check-in note 20<"))
            #expect(!older.contains("Show older check-ins"))
            #expect(older.contains("Back to the latest check-ins"))
        }
    }

    @Test(arguments: TestDB.enabled)
    func forgedCursorsAreABadRequestNeverA500(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            try await w.meeting(by: w.mentor, days: -1, status: .held, sharedNotes: "Only check-in")
            let mentor = try await fixtures.client(signedInAs: w.mentor)
            let forged = ["nan", "inf", "-inf", "1e308", "-1e308", "garbage"].map {
                KeysetCursor(sortKey: $0, id: UUID()).encoded
            } + ["!!!", "%00", String(repeating: "A", count: 5000)]
            for cursor in forged {
                // act
                let checkIns = try await mentor.get("\(w.base)?check_ins_before=\(cursor)")
                let feedback = try await mentor.get("\(w.base)?feedback_before=\(cursor)")
                // assert
                #expect(checkIns.status == .badRequest, "\(cursor)")
                #expect(checkIns.body.string.contains("Start again from the first page"))
                #expect(feedback.status == .badRequest, "\(cursor)")
            }
        }
    }
}

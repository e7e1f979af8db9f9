import Fluent
import Foundation
import TandemCore
import Testing
import VaporTesting
@testable import TandemServer

/// A calendar feed carries twelve months back and everything ahead, not a person's whole history.
@Suite("Calendar feed window")
struct CalendarFeedWindowTests {
    @Test(arguments: TestDB.enabled)
    func theFeedLeavesOutMeetingsMoreThanAYearAgo(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let ancient = try await w.meeting(by: w.mentor, days: -400, status: .held)
            let recent = try await w.meeting(by: w.mentor, days: -300, status: .held)
            let future = try await w.meeting(by: w.mentor, days: 500)
            let mentor = try await fixtures.client(signedInAs: w.mentor)
            try await mentor.post("/calendar/feed", form: [:])
            let path = try #require(try await WorkspaceCalendarTests.feedPath(mentor))
            // act
            let ics = try await TestClient(app).get(path).body.string.unfoldedICS
            // assert
            func uid(_ m: Meeting) -> String { "UID:meeting-\(m.id!.uuidString.lowercased())@tandem" }
            #expect(!ics.contains(uid(ancient)))
            #expect(ics.contains(uid(recent)))
            #expect(ics.contains(uid(future)))
        }
    }

    @Test func theWindowIsTwelveMonthsBack() {
        // arrange
        let now = Date(timeIntervalSince1970: 1_780_000_000)
        // act / assert
        #expect(CalendarFeedWindow.includes(now.addingTimeInterval(-364 * 86_400), now: now))
        #expect(!CalendarFeedWindow.includes(now.addingTimeInterval(-366 * 86_400), now: now))
        #expect(CalendarFeedWindow.includes(now.addingTimeInterval(3_650 * 86_400), now: now))
    }
}

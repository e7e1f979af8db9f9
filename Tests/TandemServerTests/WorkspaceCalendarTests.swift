import Fluent
import Foundation
import TandemCore
import Testing
import VaporTesting
@testable import TandemServer

@Suite("Calendar feeds")
struct WorkspaceCalendarTests {
    /// The feed's path, read from the calendar page as a person would copy it.
    static func feedPath(_ browser: TestClient) async throws -> String? {
        let page = try await browser.get("/calendar").body.string
        return TestClient.firstMatch(in: page, pattern: #"value="[a-z]+://[^/"]+(/calendar/feeds/[^"]+)""#)
    }

    @Test(arguments: TestDB.enabled)
    func theFeedListsMeetingsWithoutNotes(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: one scheduled meeting, one held check-in with shared and private notes
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let upcoming = try await w.meeting(by: w.mentor, days: 4, agenda: "Plan the workshop")
            let mentor = try await fixtures.client(signedInAs: w.mentor)
            try await mentor.post("\(w.base)/check-ins", form: WorkspaceCheckInTests.checkInForm(owner: w.mentor))
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            // act
            let before = try await Self.feedPath(mentee)
            let created = try await mentee.post("/calendar/feed", form: [:])
            let path = try #require(try await Self.feedPath(mentee))
            let feed = try await TestClient(app).get(path)
            // assert
            #expect(before == nil)
            #expect(created.status == .seeOther)
            #expect(feed.status == .ok)
            #expect(feed.headers.contentType?.type == "text" && feed.headers.contentType?.subType == "calendar")
            let ics = feed.body.string.unfoldedICS
            #expect(ics.contains("UID:meeting-\(upcoming.id!.uuidString.lowercased())@tandem"))
            #expect(ics.contains("SEQUENCE:0"))
            #expect(ics.contains("Plan the workshop"))
            #expect(!ics.contains("We planned the SQL workshop"))
            #expect(!ics.contains("Tom seemed tired today"))
        }
    }

    @Test(arguments: TestDB.enabled)
    func movedAndCancelledMeetingsKeepTheirUID(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let meeting = try await w.meeting(by: w.mentor, days: 4)
            let mentor = try await fixtures.client(signedInAs: w.mentor)
            try await mentor.post("/calendar/feed", form: [:])
            let path = try #require(try await Self.feedPath(mentor))
            let uid = "UID:meeting-\(meeting.id!.uuidString.lowercased())@tandem"
            // act
            try await mentor.post("\(w.base)/meetings/\(meeting.id!)/edit", form: MeetingForm.fields(dayOffset: 6))
            let moved = try await TestClient(app).get(path).body.string.unfoldedICS
            try await mentor.post("\(w.base)/meetings/\(meeting.id!)/cancel", form: [:])
            let cancelled = try await TestClient(app).get(path).body.string.unfoldedICS
            // assert
            #expect(moved.occurrences(of: uid) == 1)
            #expect(moved.contains("SEQUENCE:1"))
            #expect(!moved.contains("STATUS:CANCELLED"))
            #expect(cancelled.occurrences(of: uid) == 1)
            #expect(cancelled.contains("SEQUENCE:2"))
            #expect(cancelled.contains("STATUS:CANCELLED"))
        }
    }

    @Test(arguments: TestDB.enabled)
    func regeneratingRevokesTheOldAddress(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            try await w.meeting(by: w.mentor, days: 4)
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            try await mentee.post("/calendar/feed", form: [:])
            let old = try #require(try await Self.feedPath(mentee))
            // act
            try await mentee.post("/calendar/feed", form: [:])
            let new = try #require(try await Self.feedPath(mentee))
            let oldFeed = try await TestClient(app).get(old)
            let newFeed = try await TestClient(app).get(new)
            let guessed = try await TestClient(app).get("/calendar/feeds/not-a-real-token.ics")
            // assert
            #expect(old != new)
            #expect(oldFeed.status == .notFound)
            #expect(newFeed.status == .ok)
            #expect(newFeed.body.string.contains("BEGIN:VEVENT"))
            #expect(guessed.status == .notFound)
            #expect(try await CalendarFeed.query(on: app.db).count() == 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func aFeedShowsOnlyItsOwnersRelationships(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: the admin has a feed but no relationship
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let meeting = try await w.meeting(by: w.mentor, days: 4)
            let admin = try await fixtures.client(signedInAs: w.admin)
            try await admin.post("/calendar/feed", form: [:])
            let path = try #require(try await Self.feedPath(admin))
            // act
            let feed = try await TestClient(app).get(path)
            // assert
            #expect(feed.status == .ok)
            #expect(!feed.body.string.unfoldedICS.contains(meeting.id!.uuidString.lowercased()))
        }
    }

    @Test(arguments: TestDB.enabled)
    func goalTargetDatesAreInTheOwnersFeedOnly(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let target = Fixtures.isoDay(offset: 30, timeZone: "Europe/London")
            let r = try await RelationshipQueries.find(w.relationshipID, for: w.mentee, on: app.db)
            let goal = try await GoalService.insert(try GoalDraft(title: "Ship the dashboard", targetDate: target).validate(),
                                                    owner: w.mentee, in: r, on: app.db)
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            let mentor = try await fixtures.client(signedInAs: w.mentor)
            try await mentee.post("/calendar/feed", form: [:])
            try await mentor.post("/calendar/feed", form: [:])
            let menteePath = try #require(try await Self.feedPath(mentee))
            let mentorPath = try #require(try await Self.feedPath(mentor))
            // act
            let own = try await TestClient(app).get(menteePath).body.string.unfoldedICS
            let partner = try await TestClient(app).get(mentorPath).body.string.unfoldedICS
            // assert
            let uid = "UID:goal-\(goal.id!.uuidString.lowercased())@tandem"
            #expect(own.contains(uid))
            #expect(own.contains("DTSTART;VALUE=DATE:\(target.replacingOccurrences(of: "-", with: ""))"))
            #expect(own.contains("Goal due: Ship the dashboard"))
            #expect(!partner.contains(uid))
        }
    }
}

import Fluent
import Foundation
import TandemCore
import Testing
import VaporTesting
@testable import TandemServer

@Suite("Workspace meetings")
struct WorkspaceMeetingTests {
    @Test(arguments: TestDB.enabled)
    func aMeetingIsScheduledInTheFuture(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            // act
            let response = try await mentee.post("\(w.base)/meetings", form: MeetingForm.fields(dayOffset: 3, time: "14:30", agenda: "Review the outline"))
            let page = try await fixtures.client(signedInAs: w.mentor).get(w.base)
            // assert
            #expect(response.status == .seeOther)
            let meeting = try #require(try await Meeting.query(on: app.db).first())
            #expect(meeting.status == .scheduled)
            #expect(meeting.sequence == 0)
            #expect(meeting.durationMinutes == 45)
            #expect(meeting.format == .video)
            #expect(meeting.link == "https://zoom.us/j/123456")
            #expect(meeting.timeZone == "Europe/London")
            #expect(meeting.startsAt > Date().addingTimeInterval(2 * 86_400))
            #expect(DateText.inputs(meeting.startsAt, timeZone: meeting.zone).time == "14:30")
            #expect(page.body.string.contains("Review the outline"))
            #expect(page.body.string.contains("Join on Zoom"))
        }
    }

    @Test(arguments: TestDB.enabled)
    func aMeetingInThePastIsRefused(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            // act
            let response = try await mentee.post("\(w.base)/meetings", form: MeetingForm.fields(dayOffset: -2, agenda: "Typed agenda"))
            // assert
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Pick a time in the future"))
            #expect(response.body.string.contains("Typed agenda"))
            #expect(try await Meeting.query(on: app.db).count() == 0)
        }
    }

    @Test(arguments: TestDB.enabled)
    func movingRaisesTheSequenceAndCancellingKeepsTheRow(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let meeting = try await w.meeting(by: w.mentor, days: 3)
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            // act
            let moved = try await mentee.post("\(w.base)/meetings/\(meeting.id!)/edit", form: MeetingForm.fields(dayOffset: 5, time: "09:00"))
            let afterMove = try #require(try await Meeting.find(meeting.id, on: app.db))
            let cancelled = try await mentee.post("\(w.base)/meetings/\(meeting.id!)/cancel", form: [:])
            let afterCancel = try #require(try await Meeting.find(meeting.id, on: app.db))
            let again = try await mentee.post("\(w.base)/meetings/\(meeting.id!)/edit", form: MeetingForm.fields(dayOffset: 6))
            // assert
            #expect(moved.status == .seeOther)
            #expect(afterMove.sequence == 1)
            #expect(afterMove.startsAt > meeting.startsAt.addingTimeInterval(86_400))
            #expect(DateText.inputs(afterMove.startsAt, timeZone: afterMove.zone).time == "09:00")
            #expect(cancelled.status == .seeOther)
            #expect(afterCancel.status == .cancelled)
            #expect(afterCancel.sequence == 2)
            #expect(again.status == .conflict)
            #expect(try await Meeting.query(on: app.db).count() == 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func theMeetingDownloadIsAnAttachment(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let meeting = try await w.meeting(by: w.mentor, days: 3, agenda: "Talk about SQL")
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            // act
            let response = try await mentee.get("\(w.base)/meetings/\(meeting.id!)/event.ics")
            // assert
            let ics = response.body.string.unfoldedICS
            #expect(response.status == .ok)
            #expect(response.headers.contentType?.type == "text" && response.headers.contentType?.subType == "calendar")
            #expect(response.headers.first(name: .contentDisposition)?.hasPrefix("attachment") == true)
            #expect(ics.hasPrefix("BEGIN:VCALENDAR"))
            #expect(ics.contains("UID:meeting-\(meeting.id!.uuidString.lowercased())@tandem"))
            #expect(ics.contains("Talk about SQL"))
        }
    }

    /// The page's "Add to calendar (.ics)" link must reach the download route.
    @Test(arguments: TestDB.enabled)
    func theCalendarLinkOnTheRelationshipPageWorks(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let meeting = try await w.meeting(by: w.mentor, days: 3)
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            let page = try await mentee.get(w.base).body.string
            let href = try #require(TestClient.firstMatch(in: page, pattern: #"<a href="([^"]+)">Add to calendar \(\.ics\)</a>"#))
            // act
            let response = try await mentee.get(href)
            // assert
            #expect(href.contains(meeting.id!.uuidString))
            #expect(response.status == .ok, "\(href) answered \(response.status)")
            #expect(response.headers.first(name: .contentDisposition)?.hasPrefix("attachment") == true)
        }
    }
}

import Fluent
import Foundation
import TandemCore
import Testing
import VaporTesting
@testable import TandemServer

@Suite("Workspace check-ins")
struct WorkspaceCheckInTests {
    /// The check-in form's fields, for a meeting yesterday at 10:00 London time.
    static func checkInForm(owner: User, goal: Goal? = nil, meetingID: UUID? = nil) -> [String: String] {
        var form = MeetingForm.fields(dayOffset: -1)
        form["meeting_id"] = meetingID?.uuidString ?? ""
        form["shared_notes"] = "We planned the SQL workshop"
        form["private_notes"] = "Tom seemed tired today"
        form["actions[0][title]"] = "Book the meeting room"
        form["actions[0][owner_id]"] = owner.id!.uuidString
        form["actions[0][due_date]"] = Fixtures.isoDay(offset: 7, timeZone: "Europe/London")
        if let goal { form["goal_ids[]"] = goal.id!.uuidString }
        return form
    }

    @Test(arguments: TestDB.enabled)
    func loggingACheckInRecordsAHeldMeetingWithActions(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let goal = try await w.goal("Run a SQL workshop", owner: w.mentee)
            let mentor = try await fixtures.client(signedInAs: w.mentor)
            // act
            let response = try await mentor.post("\(w.base)/check-ins", form: Self.checkInForm(owner: w.mentee, goal: goal))
            // assert
            #expect(response.status == .seeOther)
            #expect(response.location.contains("/feedback/new?check_in="))
            let meeting = try #require(try await Meeting.query(on: app.db).first())
            #expect(meeting.status == .held)
            #expect(meeting.loggedBy == w.mentor.id)
            #expect(meeting.sharedNotes == "We planned the SQL workshop")
            #expect(meeting.confirmedAt == nil)
            let action = try #require(try await ActionItem.query(on: app.db).first())
            #expect(action.title == "Book the meeting room")
            #expect(action.ownerID == w.mentee.id)
            #expect(action.meetingID == meeting.id)
            #expect(action.dueOn == Fixtures.isoDay(offset: 7, timeZone: "Europe/London"))
            #expect(try await MeetingGoal.query(on: app.db).all().map(\.goalID) == [goal.id!])
            #expect(try await MeetingPrivateNote.query(on: app.db).all().map(\.authorID) == [w.mentor.id!])
            let page = try await fixtures.client(signedInAs: w.mentee).get(w.base).body.string
            #expect(page.contains("Book the meeting room"))
            #expect(page.contains("Goals discussed: Run a SQL workshop"))
        }
    }

    @Test(arguments: TestDB.enabled)
    func privateNotesAreSeenByTheirAuthorOnly(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let mentor = try await fixtures.client(signedInAs: w.mentor)
            try await mentor.post("\(w.base)/check-ins", form: Self.checkInForm(owner: w.mentor))
            let meeting = try #require(try await Meeting.query(on: app.db).first())
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            // act
            let author = try await mentor.get(w.base).body.string
            let partner = try await mentee.get(w.base).body.string
            let partnerFeedback = try await mentee.get("\(w.base)/feedback/new?check_in=\(meeting.id!)").body.string
            // assert
            #expect(author.contains("Tom seemed tired today"))
            #expect(author.contains("We planned the SQL workshop"))
            #expect(partner.contains("We planned the SQL workshop"))
            #expect(!partner.contains("Tom seemed tired today"))
            #expect(!partnerFeedback.contains("Tom seemed tired today"))
        }
    }

    @Test(arguments: TestDB.enabled)
    func loggingAScheduledMeetingTurnsItIntoTheCheckIn(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: a meeting scheduled for yesterday that was never logged
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let scheduled = try await w.meeting(by: w.mentor, days: -1)
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            let prompt = try await mentee.get(w.base).body.string
            // act
            let response = try await mentee.post("\(w.base)/check-ins", form: Self.checkInForm(owner: w.mentee, meetingID: scheduled.id))
            // assert
            #expect(prompt.contains("has passed. Log it as a check-in"))
            #expect(response.status == .seeOther)
            let meetings = try await Meeting.query(on: app.db).all()
            #expect(meetings.count == 1)
            #expect(meetings.first?.id == scheduled.id)
            #expect(meetings.first?.status == .held)
            #expect(meetings.first?.loggedBy == w.mentee.id)
            #expect((meetings.first?.sequence ?? 0) > scheduled.sequence)
        }
    }

    @Test(arguments: TestDB.enabled)
    func thePartnerConfirmsAndTheAuthorCannot(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let mentor = try await fixtures.client(signedInAs: w.mentor)
            try await mentor.post("\(w.base)/check-ins", form: Self.checkInForm(owner: w.mentor))
            let meeting = try #require(try await Meeting.query(on: app.db).first())
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            let confirmURL = "\(w.base)/check-ins/\(meeting.id!)/confirm"
            let before = try await mentee.get(w.base).body.string
            // act
            let own = try await mentor.post(confirmURL, form: [:])
            let afterOwn = try await Meeting.find(meeting.id, on: app.db)?.confirmedAt
            let partner = try await mentee.post(confirmURL, form: [:])
            let after = try await mentee.get(w.base).body.string
            // assert
            #expect(own.status == .forbidden)
            #expect(afterOwn == nil)
            #expect(partner.status == .seeOther)
            let stored = try #require(try await Meeting.find(meeting.id, on: app.db))
            #expect(stored.confirmedBy == w.mentee.id)
            #expect(stored.confirmedAt != nil)
            #expect(before.contains("Mentoring hours: <strong>0 h</strong> confirmed, plus 45 min waiting for your partner to confirm"))
            #expect(before.contains("Confirm this check-in took place"))
            #expect(after.contains("Mentoring hours: <strong>45 min</strong> confirmed, over 1 check-in."))
            #expect(!after.contains("waiting for your partner to confirm"))
        }
    }

    @Test(arguments: TestDB.enabled)
    func aCheckInInTheFutureIsRefused(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            var form = Self.checkInForm(owner: w.mentee)
            form.merge(MeetingForm.fields(dayOffset: 3)) { _, new in new }
            // act
            let response = try await fixtures.client(signedInAs: w.mentee).post("\(w.base)/check-ins", form: form)
            // assert
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("must have already happened"))
            #expect(response.body.string.contains("We planned the SQL workshop"))
            #expect(try await Meeting.query(on: app.db).count() == 0)
        }
    }
}

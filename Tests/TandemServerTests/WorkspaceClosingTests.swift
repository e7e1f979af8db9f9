import Fluent
import Foundation
import TandemCore
import Testing
import VaporTesting
@testable import TandemServer

@Suite("Closing a relationship")
struct WorkspaceClosingTests {
    @Test(arguments: TestDB.enabled)
    func closingArchivesCancelsMeetingsAndReleasesTheSeat(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let upcoming = try await w.meeting(by: w.mentor, days: 5)
            let held = try await w.meeting(by: w.mentor, days: -5, status: .held)
            let profileSeats = try await fixtures.profile(of: w.mentor).mentorSeatsUsed
            let enrolmentSeats = try #require(try await fixtures.enrolment(of: w.mentor, in: w.scene.programme, as: .mentor)).seatsUsed
            let mentor = try await fixtures.client(signedInAs: w.mentor)
            // act
            let empty = try await mentor.post("\(w.base)/close", form: ["learned": " "])
            let closed = try await mentor.post("\(w.base)/close", form: ["learned": "How to listen", "partner_learned": "SQL window functions"])
            // assert
            #expect(empty.status == .unprocessableEntity)
            #expect(closed.status == .seeOther)
            let r = try await w.relationship()
            #expect(r.status == .closed)
            #expect(r.closedAt != nil)
            let cancelled = try #require(try await Meeting.find(upcoming.id, on: app.db))
            #expect(cancelled.status == .cancelled)
            #expect(cancelled.sequence == upcoming.sequence + 1)
            #expect(try await Meeting.find(held.id, on: app.db)?.status == .held)
            #expect(profileSeats == 1)
            #expect(enrolmentSeats == 1)
            #expect(try await fixtures.profile(of: w.mentor).mentorSeatsUsed == 0)
            #expect(try await fixtures.enrolment(of: w.mentor, in: w.scene.programme, as: .mentor)?.seatsUsed == 0)
            #expect(try await fixtures.auditCount("relationship.closed") == 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func thePartnerAddsTheirReflectionOnceAfterClosing(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            #expect(try await w.close(as: w.mentor).status == .seeOther)
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            let prompt = try await mentee.get(w.base).body.string
            // act
            let first = try await mentee.post("\(w.base)/close", form: ["learned": "To ask for help early"])
            let second = try await mentee.post("\(w.base)/close", form: ["learned": "Something else"])
            let page = try await mentee.get(w.base).body.string
            // assert
            #expect(prompt.contains("Add your closing reflection"))
            #expect(first.status == .seeOther)
            #expect(second.status == .conflict)
            #expect(try await Reflection.query(on: app.db).count() == 2)
            #expect(page.contains("To ask for help early"))
            #expect(page.contains("How to listen"))
            #expect(!page.contains("Add your closing reflection"))
            // Seats are released once, not again by the second reflection.
            #expect(try await fixtures.profile(of: w.mentor).mentorSeatsUsed == 0)
            #expect(try await fixtures.auditCount("relationship.closed") == 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func anArchivedRelationshipIsReadOnly(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let goal = try await w.goal("Run a SQL workshop", owner: w.mentee)
            try await w.message("Before closing", from: w.mentor)
            #expect(try await w.close(as: w.mentor).status == .seeOther)
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            // act
            let message = try await mentee.post("\(w.base)/messages", form: ["body": "After closing"])
            let newGoal = try await mentee.post("\(w.base)/goals", form: ["title": "A new goal"])
            let edit = try await mentee.post("\(w.base)/goals/\(goal.id!)/edit", form: ["title": "Edited"])
            let checkIn = try await mentee.post("\(w.base)/check-ins", form: WorkspaceCheckInTests.checkInForm(owner: w.mentee))
            let meeting = try await mentee.post("\(w.base)/meetings", form: MeetingForm.fields(dayOffset: 3))
            let feedback = try await mentee.post("\(w.base)/feedback", form: ["went_well": "Good", "could_be_better": "More"])
            let rhythm = try await mentee.post("\(w.base)/rhythm", form: ["cadence": "weekly"])
            let page = try await mentee.get(w.base)
            // assert
            for response in [message, newGoal, edit, checkIn, meeting, feedback, rhythm] {
                #expect(response.status == .conflict)
                #expect(response.body.string.contains("This relationship is archived and read-only."))
            }
            #expect(try await Message.query(on: app.db).all().map(\.body) == ["Before closing"])
            #expect(try await Goal.query(on: app.db).all().map(\.title) == ["Run a SQL workshop"])
            #expect(try await Meeting.query(on: app.db).count() == 0)
            #expect(try await Feedback.query(on: app.db).count() == 0)
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Before closing"))
            #expect(!page.body.string.contains(#"action="/relationships/\#(w.relationshipID)/messages""#))
        }
    }
}

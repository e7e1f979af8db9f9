import Fluent
import Foundation
import TandemCore
import Testing
import VaporTesting
@testable import TandemServer

@Suite("Workspace API: meetings and check-ins")
struct WorkspaceAPIMeetingTests {
    @Test(arguments: TestDB.enabled)
    func scheduleMoveAndCancelAMeeting(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let mentor = try await fixtures.client(signedInAs: w.mentor)
            let meetings = "\(w.apiBase)/meetings"
            // act
            let past = try await mentor.rawJSON(.POST, meetings, body: try APIBody.json(APIBody.meeting(dayOffset: -1)))
            let scheduled = try await mentor.rawJSON(.POST, meetings, body: try APIBody.json(APIBody.meeting(dayOffset: 3)))
            let id = try scheduled.json(MeetingsAPI.MeetingResponse.self).id
            let moved = try await mentor.rawJSON(.PUT, "\(meetings)/\(id)", body: try APIBody.json(APIBody.meeting(dayOffset: 4, time: "15:30")))
            let cancelled = try await mentor.api(.POST, "\(meetings)/\(id)/cancel")
            let cancelledAgain = try await mentor.api(.POST, "\(meetings)/\(id)/cancel")
            let movedAfterCancel = try await mentor.rawJSON(.PUT, "\(meetings)/\(id)", body: try APIBody.json(APIBody.meeting(dayOffset: 5)))
            // assert
            #expect(past.status == .unprocessableEntity)
            #expect(past.errorFields.contains("date"))
            #expect(scheduled.status == .created)
            let first = try scheduled.json(MeetingsAPI.MeetingResponse.self)
            #expect(first.status == "scheduled")
            #expect(first.sequence == 0)
            #expect(first.timeZone == "Europe/London")
            #expect(first.durationMinutes == 45)
            #expect(first.format == "call")
            #expect(moved.status == .ok)
            let second = try moved.json(MeetingsAPI.MeetingResponse.self)
            #expect(second.id == id)
            #expect(second.sequence == 1)
            #expect(second.status == "scheduled")
            #expect(second.startsAt > first.startsAt.addingTimeInterval(86_400))
            #expect(cancelled.status == .ok)
            #expect(try cancelled.json(MeetingsAPI.MeetingResponse.self).status == "cancelled")
            #expect(cancelledAgain.status == .conflict)
            #expect(cancelledAgain.errorCode == "meeting.not_scheduled")
            #expect(movedAfterCancel.status == .conflict)
            #expect(movedAfterCancel.errorCode == "meeting.not_scheduled")
            #expect(try await Meeting.query(on: app.db).count() == 1)
            #expect(try await Meeting.find(id, on: app.db)?.status == .cancelled)
        }
    }

    @Test(arguments: TestDB.enabled)
    func checkInKeepsPrivateNotesForTheAuthorAndThePartnerConfirms(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let mentor = try await fixtures.client(signedInAs: w.mentor)
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            let due = Fixtures.isoDay(offset: 7, timeZone: "Europe/London")
            var fields = APIBody.meeting(dayOffset: -1, minutes: 60)
            fields["shared_notes"] = "We planned the SQL workshop"
            fields["private_notes"] = "Tom seemed tired today"
            fields["actions"] = [["title": "Draft the workshop outline", "owner_id": w.mentee.id!.uuidString, "due_date": due]]
            // act
            let logged = try await mentor.rawJSON(.POST, "\(w.apiBase)/check-ins", body: try APIBody.json(fields))
            let id = try logged.json(MeetingsAPI.MeetingResponse.self).id
            let partnerView = try await mentee.api(.GET, "\(w.apiBase)/meetings")
            let authorView = try await mentor.api(.GET, "\(w.apiBase)/meetings")
            let byAuthor = try await mentor.api(.POST, "\(w.apiBase)/check-ins/\(id)/confirm")
            let byPartner = try await mentee.api(.POST, "\(w.apiBase)/check-ins/\(id)/confirm")
            // assert
            #expect(logged.status == .created)
            let held = try logged.json(MeetingsAPI.MeetingResponse.self)
            #expect(held.status == "held")
            #expect(held.durationMinutes == 60)
            #expect(held.sharedNotes == "We planned the SQL workshop")
            #expect(held.myPrivateNote == "Tom seemed tired today")
            #expect(held.loggedBy == w.mentor.id)
            #expect(held.confirmed == false)
            #expect(held.actions.map(\.title) == ["Draft the workshop outline"])
            #expect(held.actions.first?.ownerID == w.mentee.id)
            #expect(held.actions.first?.dueOn == due)
            let seenByPartner = try #require(try partnerView.json(APIPage<MeetingsAPI.MeetingResponse>.self).items.first { $0.id == id })
            #expect(seenByPartner.myPrivateNote == nil)
            #expect(seenByPartner.sharedNotes == "We planned the SQL workshop")
            #expect(!partnerView.body.string.contains("Tom seemed tired today"))
            let seenByAuthor = try #require(try authorView.json(APIPage<MeetingsAPI.MeetingResponse>.self).items.first { $0.id == id })
            #expect(seenByAuthor.myPrivateNote == "Tom seemed tired today")
            #expect(byAuthor.status == .forbidden)
            #expect(byAuthor.errorCode == "check_in.own")
            #expect(byPartner.status == .ok)
            #expect(try byPartner.json(MeetingsAPI.MeetingResponse.self).confirmed == true)
            #expect(!byPartner.body.string.contains("Tom seemed tired today"))
            #expect(try await Meeting.find(id, on: app.db)?.confirmedBy == w.mentee.id)
        }
    }
}

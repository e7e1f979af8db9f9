import Fluent
import Foundation
import Testing
import VaporTesting
@testable import TandemCore
@testable import TandemServer

@Suite("Meeting emails carry a calendar invitation")
struct MeetingInvitationTests {
    @Test(arguments: TestDB.enabled)
    func schedulingSendsARequestAndCancellingACancel(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let mailer = RecordingMailSender()
            app.mailSender = mailer
            let mentor = try await fixtures.client(signedInAs: w.mentor)
            let meetings = "\(w.apiBase)/meetings"

            // act
            let scheduled = try await mentor.rawJSON(.POST, meetings, body: try APIBody.json(APIBody.meeting(dayOffset: 3)))
            let id = try scheduled.json(MeetingsAPI.MeetingResponse.self).id
            _ = try await mentor.api(.POST, "\(meetings)/\(id)/cancel")
            try await JobWorker(app: app).runDue(now: Date(), sweeping: false)

            // assert: the mentee got both, each with its calendar part; the mentor, who acted, neither
            let sent = mailer.sent.sorted { ($0.calendar?.method.rawValue ?? "") > ($1.calendar?.method.rawValue ?? "") }
            #expect(sent.map(\.toAddress) == [w.mentee.email, w.mentee.email])
            #expect(sent.map { $0.calendar?.method } == [.request, .cancel])
            #expect(sent.first?.calendar?.ics.contains("METHOD:REQUEST") == true)
            #expect(sent.last?.calendar?.ics.contains("STATUS:CANCELLED") == true)
            #expect(sent.first?.calendar?.ics.contains("UID:meeting-\(id.uuidString.lowercased())@tandem") == true)
            let unfolded = sent.first?.calendar?.ics.replacingOccurrences(of: "\r\n ", with: "") ?? ""
            #expect(unfolded.contains("ORGANIZER;CN=\"\(w.mentor.name)\":mailto:\(w.mentor.email)"))
            #expect(unfolded.contains("ATTENDEE;CN=\"\(w.mentee.name)\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:\(w.mentee.email)"))
        }
    }
}

import Fluent
import Foundation
import NIOCore
import Vapor
import Testing
import VaporTesting
@testable import TandemServer

/// A double-submitted check-in logs one check-in, and a check-in's date stays between the
/// relationship's start and now.
@Suite("Check-ins under concurrency, and their dates")
struct CheckInRaceTests {
    @Test(arguments: TestDB.enabled)
    func aDoubleSubmittedFormLogsOneCheckIn(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let mentor = try await fixtures.client(signedInAs: w.mentor)
            var fields = WorkspaceCheckInTests.checkInForm(owner: w.mentor)
            fields["csrf_token"] = try await mentor.csrfToken()
            let form = fields
            let path = "\(w.base)/check-ins"
            // act: the same form sent five times at once
            let responses = try await withThrowingTaskGroup(of: (HTTPStatus, String).self) { group in
                for _ in 0..<5 {
                    group.addTask { let r = try await mentor.post(path, form: form); return (r.status, r.location) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            // assert: one check-in; the other submits are sent to it
            #expect(responses.allSatisfy { $0.0 == .seeOther })
            #expect(responses.filter { $0.1.contains("notice=check-in-logged") }.count == 1)
            #expect(responses.filter { $0.1.contains("notice=check-in-exists") }.count == 4)
            #expect(try await Meeting.query(on: app.db).filter(\.$status == .held).count() == 1)
            #expect(try await MeetingPrivateNote.query(on: app.db).count() == 1)
            #expect(try await ActionItem.query(on: app.db).count() == 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func twoMembersLoggingOneScheduledMeetingAtOnceLogItOnce(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: a meeting scheduled for yesterday, logged through the API by both members at once
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let scheduled = try await w.meeting(by: w.mentor, days: -1)
            var body = APIBody.meeting(dayOffset: -1)
            body["meeting_id"] = try scheduled.requireID().uuidString
            body["private_notes"] = "My own note"
            let json = try APIBody.json(body)
            var senders: [(TestClient, String)] = []
            for user in [w.mentor, w.mentee, w.mentor, w.mentee] {
                let client = try await fixtures.client(signedInAs: user)
                senders.append((client, try await client.csrfToken()))
            }
            let path = "\(w.apiBase)/check-ins"
            // act
            let responses = try await withThrowingTaskGroup(of: (HTTPStatus, String).self) { group in
                for (client, token) in senders {
                    group.addTask {
                        var headers = HTTPHeaders()
                        headers.contentType = .json
                        headers.add(name: "X-CSRF-Token", value: token)
                        let r = try await client.send(.POST, path, headers: headers, body: ByteBuffer(string: json))
                        return (r.status, r.errorCode)
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            // assert
            #expect(responses.filter { $0.0 == .created }.count == 1)
            #expect(responses.filter { $0.0 == .conflict && $0.1 == "check_in.already_logged" }.count == 3, "\(responses)")
            let meetings = try await Meeting.query(on: app.db).all()
            #expect(meetings.count == 1)
            #expect(meetings.first?.status == .held)
            #expect(try await MeetingPrivateNote.query(on: app.db).count() == 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func aCheckInBeforeTheStartOrInTheFutureIsRefused(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: the scene's relationship started three days ago
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            var early = WorkspaceCheckInTests.checkInForm(owner: w.mentee)
            early.merge(MeetingForm.fields(dayOffset: -10)) { _, new in new }
            // act
            let page = try await mentee.post("\(w.base)/check-ins", form: early)
            let beforeStart = try await mentee.rawJSON(.POST, "\(w.apiBase)/check-ins", body: try APIBody.json(APIBody.meeting(dayOffset: -10)))
            let future = try await mentee.rawJSON(.POST, "\(w.apiBase)/check-ins", body: try APIBody.json(APIBody.meeting(dayOffset: 2)))
            let startDay = try await mentee.rawJSON(.POST, "\(w.apiBase)/check-ins", body: try APIBody.json(APIBody.meeting(dayOffset: -3, time: "23:59")))
            // assert
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.string.contains("cannot be dated before the relationship started"))
            #expect(page.body.string.contains("We planned the SQL workshop"))
            #expect(beforeStart.status == .unprocessableEntity)
            #expect(beforeStart.errorFields == ["date"])
            #expect(try beforeStart.json(ErrorBody.self).error.fields?.first?.code == "before_start")
            #expect(future.status == .unprocessableEntity)
            #expect(future.errorFields == ["date"])
            #expect(startDay.status == .created)
            #expect(try await Meeting.query(on: app.db).count() == 1)
        }
    }
}

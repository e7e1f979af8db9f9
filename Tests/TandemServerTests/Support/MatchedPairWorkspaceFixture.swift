import Fluent
import Foundation
import TandemCore
import Testing
import Vapor
import VaporTesting
@testable import TandemServer

/// A mentor and a mentee already matched (an accepted request), so workspace tests start inside
/// the relationship.
struct WorkspaceScene {
    let fixtures: Fixtures
    let scene: MentoringScene
    let relationshipID: UUID

    var app: Application { fixtures.app }
    var mentor: User { scene.mentor }
    var mentee: User { scene.mentee }
    var admin: User { scene.admin }
    var base: String { "/relationships/\(relationshipID)" }

    static func make(_ fixtures: Fixtures, type: ProgrammeType = .oneToOne) async throws -> WorkspaceScene {
        let scene = try await MentoringScene.make(fixtures, type: type)
        let relationshipID = try await fixtures.match(scene.mentee, with: scene.mentor, in: scene.programme)
        // Started a few days ago, so tests can log yesterday's check-in (none may predate the start).
        try await Relationship.query(on: fixtures.app.db).filter(\.$id == relationshipID)
            .set(\.$startedAt, to: Date().addingTimeInterval(-3 * 86_400)).update()
        return WorkspaceScene(fixtures: fixtures, scene: scene, relationshipID: relationshipID)
    }

    func relationship() async throws -> Relationship {
        try #require(try await Relationship.find(relationshipID, on: app.db))
    }

    /// A goal saved straight in the database, as if its owner had filled in the form.
    func goal(_ title: String, owner: User, milestones: String = "") async throws -> Goal {
        let r = try await RelationshipQueries.find(relationshipID, for: owner, on: app.db)
        return try await GoalService.insert(try GoalDraft(title: title, milestones: milestones).validate(),
                                            owner: owner, in: r, on: app.db)
    }

    /// A meeting row: `days` from now (negative for the past), lasting `minutes`.
    @discardableResult
    func meeting(by user: User, days: Double, minutes: Int = 45, status: MeetingStatus = .scheduled,
                 agenda: String = "", sharedNotes: String = "") async throws -> Meeting {
        let valid = ValidMeeting(startsAt: Date().addingTimeInterval(days * 86_400), timeZone: TimeZone(identifier: "Europe/London")!,
                                 durationMinutes: minutes, format: .call, link: nil, agenda: agenda)
        let meeting = Meeting(organisationID: user.organisationID, relationshipID: relationshipID, createdBy: try user.requireID(),
                              meeting: valid, status: status)
        meeting.sharedNotes = sharedNotes
        if status == .held { meeting.loggedBy = try user.requireID() }
        try await meeting.create(on: app.db)
        return meeting
    }

    @discardableResult
    func message(_ body: String, from user: User, at date: Date = Date()) async throws -> Message {
        let message = Message(organisationID: user.organisationID, relationshipID: relationshipID,
                              authorID: try user.requireID(), body: body, at: date)
        try await message.create(on: app.db)
        return message
    }

    /// Closes the relationship through the page, as the mentor.
    func close(as user: User) async throws -> TestingHTTPResponse {
        try await fixtures.client(signedInAs: user).post("\(base)/close", form: ["learned": "How to listen"])
    }
}

extension Fixtures {
    /// Accepts a request from `mentee` to `mentor` and returns the new relationship's id.
    func match(_ mentee: User, with mentor: User, in programme: Programme) async throws -> UUID {
        let request = try await self.request(from: mentee, to: mentor, in: programme)
        request.$programme.value = programme
        return try await RequestService.pair(request, on: app.db)
    }
}

/// Form values for the meeting fields (`check-ins/meeting-fields.leaf`).
enum MeetingForm {
    /// A day `offset` days from today in Europe/London, at `time`.
    static func fields(dayOffset: Int, time: String = "10:00", minutes: String = "45", agenda: String = "") -> [String: String] {
        ["date": Fixtures.isoDay(offset: dayOffset, timeZone: "Europe/London"), "time": time, "time_zone": "Europe/London",
         "duration_minutes": minutes, "format": "video", "meeting_link": "https://zoom.us/j/123456", "agenda": agenda]
    }
}

extension String {
    /// How many times `needle` occurs.
    func occurrences(of needle: String) -> Int {
        components(separatedBy: needle).count - 1
    }

    /// iCalendar text with folded lines joined again (RFC 5545 §3.1), so a search cannot miss a
    /// value that was split across lines.
    var unfoldedICS: String {
        replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\r\n\t", with: "")
    }
}

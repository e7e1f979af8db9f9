import Fluent
import Foundation
import TandemCore
import Vapor
@testable import TandemServer

/// A programme with one mentee and four mentors, for expiry, alternatives, away and the cap.
struct RequestScene {
    let org: Organisation
    let programme: Programme
    let mentee: User
    /// Ranked by skill fit for the mentee (who wants Swift): mentors[0] best.
    let mentors: [User]

    static let zone = TimeZone(identifier: "Europe/London")!

    static func make(_ app: Application, window: Int = 5, maxOpen: Int = 3) async throws -> RequestScene {
        let fixtures = Fixtures(app: app)
        let org = try await fixtures.organisation()
        let programme = try await fixtures.programme(in: org)
        programme.requestPolicy = RequestPolicy(responseWindowDays: window, maxOpenRequests: maxOpen)
        try await programme.save(on: app.db)
        let mentee = try await fixtures.user(in: org, name: "Theo Mentee", skills: "Excel:1")
        let profile = try await ProfileQueries.profile(of: mentee, on: app.db)
        profile.skillsWanted = "Swift:3"
        try await profile.save(on: app.db)
        try await fixtures.enrol(mentee, in: programme, as: .mentee)
        var mentors: [User] = []
        for (name, skills) in [("Ana Ace", "Swift:3"), ("Ben Bright", "Swift:2"), ("Cy Capable", "Swift:1"), ("Di Distant", "Excel:1")] {
            let mentor = try await fixtures.user(in: org, name: name, skills: skills, mentorCapacity: 3)
            try await fixtures.enrol(mentor, in: programme, as: .mentor)
            mentors.append(mentor)
        }
        return RequestScene(org: org, programme: programme, mentee: mentee, mentors: mentors)
    }

    /// A request from the mentee, sent at `sentAt`.
    func request(to mentor: User, sentAt: Date = Date(), app: Application) async throws -> MentorRequest {
        let r = try await Fixtures(app: app).request(from: mentee, to: mentor, in: programme)
        r.createdAt = sentAt
        // `created_at` is set on create; move it as the test needs.
        try await MentorRequest.query(on: app.db).filter(\.$id == r.requireID()).set(\.$createdAt, to: sentAt).update()
        return r
    }

    func expiry(of r: MentorRequest) -> Date {
        RequestClock.expiry(sentAt: r.createdAt!, windowDays: programme.responseWindowDays, in: Self.zone)
    }
}

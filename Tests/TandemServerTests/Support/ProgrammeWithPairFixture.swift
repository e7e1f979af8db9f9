import Fluent
import Foundation
import NIOCore
import NIOHTTP1
import TandemCore
import Testing
import Vapor
import VaporTesting
@testable import TandemServer

/// An organisation with an admin, a mentor and a mentee enrolled in an informal one-to-one programme.
struct MentoringScene {
    let org: Organisation
    let admin: User
    let mentor: User
    let mentee: User
    let programme: Programme

    static func make(_ fixtures: Fixtures, type: ProgrammeType = .oneToOne, capacity: Int = 2) async throws -> MentoringScene {
        let org = try await fixtures.organisation()
        let admin = try await fixtures.user(in: org, name: "Ada Admin", role: .admin)
        let mentor = try await fixtures.user(in: org, name: "Maya Mentor", skills: "Swift:3, SQL:2")
        let mentee = try await fixtures.user(in: org, name: "Tom Mentee")
        let programme = try await fixtures.programme(in: org, type: type, capacity: capacity)
        try await fixtures.enrol(mentor, in: programme, as: .mentor)
        try await fixtures.enrol(mentee, in: programme, as: .mentee)
        return MentoringScene(org: org, admin: admin, mentor: mentor, mentee: mentee, programme: programme)
    }

    var programmeID: UUID { programme.id! }
    var mentorID: UUID { mentor.id! }
    var menteeID: UUID { mentee.id! }
}

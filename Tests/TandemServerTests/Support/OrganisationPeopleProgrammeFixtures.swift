import Fluent
import Foundation
import TandemCore
import Vapor
@testable import TandemServer

/// Builds organisations, people and programmes straight in the database, so tests start where they mean to.
struct Fixtures {
    let app: Application
    static let password = "correct-horse-battery"

    func organisation(_ name: String = "Acme") async throws -> Organisation {
        let org = Organisation(name: name, slug: Slug.make(from: name) + "-\(UUID().uuidString.prefix(6).lowercased())", timeZone: "Europe/London")
        try await org.save(on: app.db)
        return org
    }

    func user(in org: Organisation, name: String, email: String? = nil, role: UserRole = .participant,
              department: String = "Engineering", skills: String = "Swift:3", mentorCapacity: Int = 2) async throws -> User {
        let hash = try await app.password.async(on: app.threadPool, hopTo: app.eventLoopGroup.next()).hash(Self.password)
        let address = email ?? "\(name.lowercased().replacingOccurrences(of: " ", with: "."))@\(org.slug).test"
        let user = User(organisationID: try org.requireID(), email: address, name: name, passwordHash: hash, role: role)
        try await user.save(on: app.db)
        let profile = Profile(organisationID: try org.requireID(), userID: try user.requireID(), timeZone: org.timeZone)
        profile.department = department
        profile.skillsOffered = skills
        profile.skillsOfferedKey = Profile.key((try? SkillTagList.parse(skills).get())?.map(\.name) ?? [])
        profile.mentorCapacity = mentorCapacity
        try await profile.save(on: app.db)
        return user
    }

    func programme(in org: Organisation, name: String = "Open mentoring", type: ProgrammeType = .oneToOne,
                   mode: ProgrammeMode = .informal, capacity: Int = 2) async throws -> Programme {
        let programme = Programme(organisationID: try org.requireID())
        programme.apply(try ProgrammeDraft(name: name, description: "A programme", type: type.rawValue, mode: mode.rawValue,
                                           defaultCapacity: String(capacity), questions: "Why?").validate())
        try await programme.save(on: app.db)
        return programme
    }

    @discardableResult
    func enrol(_ user: User, in programme: Programme, as role: EnrolmentRole, capacity: Int? = nil) async throws -> Enrolment {
        let enrolment = Enrolment(organisationID: user.organisationID, programmeID: try programme.requireID(), userID: try user.requireID(),
                                  role: role, capacity: capacity ?? programme.defaultCapacity, answers: [], sortName: user.name)
        try await enrolment.save(on: app.db)
        return enrolment
    }

    func request(from mentee: User, to mentor: User, in programme: Programme) async throws -> MentorRequest {
        let request = MentorRequest(organisationID: mentee.organisationID, programmeID: try programme.requireID(),
                                    menteeID: try mentee.requireID(), mentorID: try mentor.requireID(),
                                    message: "Hello", hopes: "Learn Swift")
        try await request.save(on: app.db)
        return request
    }

    /// A signed-in browser for this user.
    func client(signedInAs user: User) async throws -> TestClient {
        let client = TestClient(app)
        let response = try await client.post("/sign-in", form: ["email": user.email, "password": Self.password])
        guard response.status == .seeOther, client.cookies[TandemSessionMiddleware.cookieName] != nil else {
            throw TestSetupError("Sign-in failed for \(user.email): \(response.status)")
        }
        return client
    }
}

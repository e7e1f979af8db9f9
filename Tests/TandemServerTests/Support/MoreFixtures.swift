import Fluent
import Foundation
import NIOCore
import NIOHTTP1
import TandemCore
import Testing
import Vapor
import VaporTesting
@testable import TandemServer

/// Formal programmes dated relative to today, and small helpers for reading responses.
extension Fixtures {
    /// A formal programme. With `enrolmentOpen` today falls in the enrolment phase; otherwise every phase is in the future.
    func formalProgramme(in org: Organisation, name: String = "Spring cohort", enrolmentOpen: Bool,
                         type: ProgrammeType = .oneToOne) async throws -> Programme {
        let offsets = enrolmentOpen ? [-1, 10, 20, 30, 40] : [10, 20, 30, 40, 50]
        let days = offsets.map { Self.isoDay(offset: $0, timeZone: org.timeZone) }
        let programme = Programme(organisationID: try org.requireID())
        programme.apply(try ProgrammeDraft(
            name: name, description: "A cohort", type: type.rawValue, mode: ProgrammeMode.formal.rawValue,
            defaultCapacity: "2", questions: "Why?", enrolmentStarts: days[0], matchingStarts: days[1],
            activeStarts: days[2], closingStarts: days[3], endsOn: days[4]
        ).validate())
        try await programme.save(on: app.db)
        return programme
    }

    static func isoDay(offset: Int, timeZone: String) -> String {
        let zone = TimeZone(identifier: timeZone) ?? .gmt
        return LocalDate(date: Date().addingTimeInterval(Double(offset) * 86_400), in: zone).iso
    }

    func profile(of user: User) async throws -> Profile {
        try #require(try await Profile.query(on: app.db).filter(\.$userID == user.requireID()).first())
    }

    func enrolment(of user: User, in programme: Programme, as role: EnrolmentRole) async throws -> Enrolment? {
        try await Enrolment.query(on: app.db)
            .filter(\.$programme.$id == programme.requireID()).filter(\.$user.$id == user.requireID())
            .filter(\.$role == role).first()
    }

    func auditCount(_ action: String) async throws -> Int {
        try await AuditEntry.query(on: app.db).filter(\.$action == action).count()
    }
}

extension TestingHTTPResponse {
    /// The JSON body decoded as `T`.
    func json<T: Decodable>(_ type: T.Type) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(T.self, from: Data(body.readableBytesView))
    }

    /// `error.code` from the API's error shape, or "" when the body is not that shape.
    var errorCode: String { (try? json(ErrorBody.self).error.code) ?? "" }

    /// The last path component of the Location header, as a UUID.
    var locationID: UUID? {
        let path = location.split(separator: "?").first.map(String.init) ?? ""
        return path.split(separator: "/").last.flatMap { UUID(uuidString: String($0)) }
    }
}

extension TestClient {
    /// Sends a raw JSON body (possibly malformed), with or without the CSRF header.
    @discardableResult
    func rawJSON(_ method: HTTPMethod, _ path: String, body: String, withCSRF: Bool = true) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        headers.contentType = .json
        if withCSRF { headers.replaceOrAdd(name: "X-CSRF-Token", value: try await csrfToken()) }
        return try await send(method, path, headers: headers, body: ByteBuffer(string: body))
    }
}

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

/// The API's `{"items":[…],"next_cursor":…}` page, named apart from Fluent's `Page`.
struct APIPage<Item: Decodable>: Decodable {
    let items: [Item]
    let next_cursor: String?
}

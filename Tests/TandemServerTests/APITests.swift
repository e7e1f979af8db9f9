import Fluent
import Foundation
import NIOCore
import NIOHTTP1
import TandemCore
import Testing
import Vapor
import VaporTesting
@testable import TandemServer

@Suite("JSON API: account, errors, CSRF, programmes")
struct APITests {
    @Test(arguments: TestDB.enabled)
    func meAndOrganisation(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation("Initech")
            let person = try await fixtures.user(in: org, name: "Pat Person")
            let browser = try await fixtures.client(signedInAs: person)
            // act
            let me = try await browser.api(.GET, "/api/v1/me")
            let organisation = try await browser.api(.GET, "/api/v1/organisation")
            // assert
            #expect(me.status == .ok)
            let body = try me.json(MeAPI.MeResponse.self)
            #expect(body.id == person.id)
            #expect(body.email == person.email)
            #expect(body.role == "participant")
            #expect(body.organisationID == org.id)
            #expect(!body.csrfToken.isEmpty)
            let orgBody = try organisation.json(MeAPI.OrganisationResponse.self)
            #expect(orgBody.name == "Initech")
            #expect(orgBody.slug == org.slug)
            #expect(orgBody.timeZone == "Europe/London")
        }
    }

    @Test(arguments: TestDB.enabled)
    func unauthenticatedCallsGet401InTheErrorShape(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let anonymous = TestClient(app)
            // act
            let responses = [
                try await anonymous.api(.GET, "/api/v1/me"),
                try await anonymous.api(.GET, "/api/v1/programmes"),
                try await anonymous.api(.POST, "/api/v1/requests", json: ["message": "hi"]),
            ]
            // assert
            for response in responses {
                #expect(response.status == .unauthorized)
                #expect(response.headers.contentType == .json)
                let error = try response.json(ErrorBody.self).error
                #expect(error.code == "auth.required")
                #expect(!error.message.isEmpty)
                #expect(error.fields == nil)
            }
        }
    }

    @Test(arguments: TestDB.enabled)
    func unknownRouteIsJSON404(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let browser = try await fixtures.client(signedInAs: try await fixtures.user(in: org, name: "Pat Person"))
            // act
            let response = try await browser.api(.GET, "/api/v1/no-such-thing")
            // assert
            #expect(response.status == .notFound)
            #expect(response.errorCode == "route.not_found")
            #expect(try response.json(ErrorBody.self).error.message.isEmpty == false)
        }
    }

    @Test(arguments: TestDB.enabled)
    func malformedJSONIs400NotServerError(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let admin = try await fixtures.client(signedInAs: try await fixtures.user(in: org, name: "Ada Admin", role: .admin))
            // act
            let bodies = [#"{"name":"#, "[1,2", "not json at all", #"{"name": "x", "type": }"#]
            var responses: [TestingHTTPResponse] = []
            for body in bodies { responses.append(try await admin.rawJSON(.POST, "/api/v1/programmes", body: body)) }
            // assert
            for response in responses {
                #expect(response.status == .badRequest)
                let error = try response.json(ErrorBody.self).error
                #expect(error.code.hasPrefix("request."))
                #expect(!error.message.isEmpty)
            }
            #expect(try await Programme.query(on: app.db).count() == 0)
        }
    }

    @Test(arguments: TestDB.enabled)
    func cookieAuthenticatedPostWithoutCSRFHeaderIsRefused(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let admin = try await fixtures.client(signedInAs: try await fixtures.user(in: org, name: "Ada Admin", role: .admin))
            let body = #"{"name":"Sneaky","type":"one_to_one","mode":"informal","default_capacity":2}"#
            // act
            let missing = try await admin.rawJSON(.POST, "/api/v1/programmes", body: body, withCSRF: false)
            var headers = HTTPHeaders()
            headers.contentType = .json
            headers.add(name: "X-CSRF-Token", value: "forged")
            let forged = try await admin.send(.POST, "/api/v1/programmes", headers: headers, body: ByteBuffer(string: body))
            let genuine = try await admin.rawJSON(.POST, "/api/v1/programmes", body: body)
            // assert
            #expect(missing.status == .forbidden)
            #expect(missing.errorCode == "csrf.invalid")
            #expect(forged.status == .forbidden)
            #expect(forged.errorCode == "csrf.invalid")
            #expect(genuine.status == .created)
            #expect(try await Programme.query(on: app.db).count() == 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func adminCreatesProgrammesParticipantCannot(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let admin = try await fixtures.client(signedInAs: try await fixtures.user(in: org, name: "Ada Admin", role: .admin))
            let person = try await fixtures.client(signedInAs: try await fixtures.user(in: org, name: "Pat Person"))
            let draft = ProgrammeDraft(name: "API cohort", description: "Made by API", type: "group", mode: "informal",
                                       defaultCapacity: "4", questions: "One?\nTwo?")
            // act
            let created = try await admin.api(.POST, "/api/v1/programmes", json: draft)
            let refused = try await person.api(.POST, "/api/v1/programmes", json: draft)
            let invalid = try await admin.api(.POST, "/api/v1/programmes", json: ProgrammeDraft(name: "", type: "group", mode: "informal"))
            // assert
            #expect(created.status == .created)
            let body = try created.json(ProgrammesAPI.ProgrammeResponse.self)
            #expect(body.name == "API cohort")
            #expect(body.type == "group")
            #expect(body.defaultCapacity == 4)
            #expect(body.questions == ["One?", "Two?"])
            #expect(body.phase == "active")
            #expect(refused.status == .forbidden)
            #expect(refused.errorCode == "auth.forbidden")
            #expect(invalid.status == .unprocessableEntity)
            let fields = try invalid.json(ErrorBody.self).error.fields ?? []
            #expect(Set(fields.map(\.field)) == ["name", "default_capacity"])
            #expect(try await Programme.query(on: app.db).count() == 1)
            #expect(try await fixtures.auditCount("programme.created") == 1)
        }
    }
}

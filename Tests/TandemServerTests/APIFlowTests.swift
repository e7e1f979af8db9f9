import Fluent
import Foundation
import TandemCore
import Testing
import Vapor
import VaporTesting
@testable import TandemServer

@Suite("JSON API: the whole request flow, and the OpenAPI document")
struct APIFlowTests {
    @Test(arguments: TestDB.enabled)
    func enrolBrowseRequestAcceptThroughTheAPI(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let admin = try await fixtures.client(signedInAs: try await fixtures.user(in: org, name: "Ada Admin", role: .admin))
            let mentorUser = try await fixtures.user(in: org, name: "Maya Mentor")
            let menteeUser = try await fixtures.user(in: org, name: "Tom Mentee")
            let mentor = try await fixtures.client(signedInAs: mentorUser)
            let mentee = try await fixtures.client(signedInAs: menteeUser)
            let programme = try await admin.api(.POST, "/api/v1/programmes", json: ProgrammeDraft(
                name: "API pairs", type: "one_to_one", mode: "informal", defaultCapacity: "1"))
                .json(ProgrammesAPI.ProgrammeResponse.self)
            let enrolments = "/api/v1/programmes/\(programme.id)/enrolments"
            // act
            let mentorEnrol = try await mentor.api(.POST, enrolments, json: ProgrammesAPI.EnrolmentRequest(role: "mentor"))
            let menteeEnrol = try await mentee.api(.POST, enrolments, json: ProgrammesAPI.EnrolmentRequest(role: "mentee"))
            let mentors = try await mentee.api(.GET, "/api/v1/programmes/\(programme.id)/mentors")
                .json(APIPage<MentorsAPI.MentorResponse>.self)
            let created = try await mentee.api(.POST, "/api/v1/requests", json: RequestsAPI.CreateRequest(
                programmeID: programme.id, mentorID: mentorUser.id, message: "Hello", hopes: "Leadership"))
            let requestID = try created.json(RequestsAPI.RequestResponse.self).id
            let inbox = try await mentor.api(.GET, "/api/v1/requests").json(APIPage<RequestsAPI.RequestResponse>.self)
            let accepted = try await mentor.api(.POST, "/api/v1/requests/\(requestID)/accept")
            let relationships = try await mentee.api(.GET, "/api/v1/relationships")
            let myProgrammes = try await mentee.api(.GET, "/api/v1/programmes").json(APIPage<ProgrammesAPI.ProgrammeResponse>.self)
            // assert
            #expect(mentorEnrol.status == .created)
            #expect(menteeEnrol.status == .created)
            #expect(mentors.items.map(\.name) == ["Maya Mentor"])
            #expect(mentors.items.first?.seatsLeft == 1)
            #expect(created.status == .created)
            #expect(inbox.items.map(\.id) == [requestID])
            #expect(accepted.status == .ok)
            let decision = try accepted.json(RequestsAPI.RequestResponse.self)
            #expect(decision.status == "accepted")
            let relationshipID = try #require(decision.relationshipID)
            let list = try relationships.json(APIPage<RelationshipsAPI.RelationshipResponse>.self)
            #expect(list.items.map(\.id) == [relationshipID])
            #expect(Set(list.items.first?.members.map(\.name) ?? []) == ["Maya Mentor", "Tom Mentee"])
            #expect(list.items.first?.programmeName == "API pairs")
            let one = try await mentor.api(.GET, "/api/v1/relationships/\(relationshipID)")
            #expect(try one.json(RelationshipsAPI.RelationshipResponse.self).members.count == 2)
            #expect(myProgrammes.items.first?.myRoles == ["mentee"])
            let after = try await mentee.api(.GET, "/api/v1/programmes/\(programme.id)/mentors").json(APIPage<MentorsAPI.MentorResponse>.self)
            #expect(after.items.first?.atCapacity == true)
        }
    }

    @Test(arguments: TestDB.enabled)
    func leavingThroughTheAPI(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let scene = try await MentoringScene.make(fixtures)
            let request = try await fixtures.request(from: scene.mentee, to: scene.mentor, in: scene.programme)
            let mentor = try await fixtures.client(signedInAs: scene.mentor)
            // act
            let left = try await mentor.api(.DELETE, "/api/v1/programmes/\(scene.programmeID)/enrolments/mentor")
            let again = try await mentor.api(.DELETE, "/api/v1/programmes/\(scene.programmeID)/enrolments/mentor")
            // assert
            #expect(left.status == .noContent)
            #expect(again.status == .notFound)
            #expect(again.errorCode == "enrolment.not_found")
            #expect(try await MentorRequest.find(request.id, on: app.db)?.status == .declined)
            #expect(try await fixtures.enrolment(of: scene.mentor, in: scene.programme, as: .mentor)?.status == .left)
        }
    }

    @Test(arguments: TestDB.enabled)
    func openAPIDocumentMatchesTheRealRoutes(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let routes = Set(app.routes.all.compactMap { route -> String? in
                let path = "/" + route.path.map { component -> String in
                    if case .parameter(let name) = component { return "{\(name)}" }
                    return component.description
                }.joined(separator: "/")
                return path.hasPrefix("/api/v1/") ? "\(route.method.rawValue) \(path)" : nil
            })
            // act
            let response = try await TestClient(app).get("/api/v1/openapi.json")
            // assert
            #expect(response.status == .ok)
            let object = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))
            let document = try #require(object as? [String: Any])
            #expect(document["openapi"] as? String == "3.1.0")
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            let documented = Set(paths.flatMap { path, operations in
                operations.keys.map { "\($0.uppercased()) \(path)" }
            })
            #expect(routes.count > 10)
            #expect(documented.subtracting(routes).isEmpty, "documented but not routed: \(documented.subtracting(routes).sorted())")
            #expect(routes.subtracting(documented).isEmpty, "routed but not documented: \(routes.subtracting(documented).sorted())")
            for (_, operations) in paths {
                for (_, op) in operations {
                    let operation = try #require(op as? [String: Any])
                    #expect(operation["responses"] is [String: Any])
                }
            }
        }
    }
}

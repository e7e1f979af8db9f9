import Fluent
import Foundation
import NIOCore
import Testing
import VaporTesting
@testable import TandemCore
@testable import TandemServer

@Suite("A mentee holds at most the programme's number of open requests")
struct OpenRequestCapServerTests {
    @Test(arguments: TestDB.enabled)
    func theRequestAfterTheLimitIsRefusedWithAClearMessage(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: a cap of two, both used
            let s = try await RequestScene.make(app, maxOpen: 2)
            let mentee = try await Fixtures(app: app).client(signedInAs: s.mentee)
            for mentor in s.mentors.prefix(2) {
                let sent = try await mentee.api(.POST, "/api/v1/requests", json: RequestsAPI.CreateRequest(
                    programmeID: s.programme.id, mentorID: mentor.id, message: "Hi", hopes: "Swift"))
                #expect(sent.status == .created)
            }

            // act
            let api = try await mentee.api(.POST, "/api/v1/requests", json: RequestsAPI.CreateRequest(
                programmeID: s.programme.id, mentorID: s.mentors[2].id, message: "Hi", hopes: "Swift"))
            let form = try await mentee.post("/programmes/\(s.programme.id!)/mentors/\(s.mentors[2].id!)/request",
                                             form: ["message": "Hello Cy", "hopes": "Swift"])

            // assert
            #expect(api.status == .conflict)
            #expect(api.errorCode == "request.too_many_open")
            #expect(form.status == .conflict)
            #expect(form.body.string.contains("You already have as many requests waiting as this programme allows."))
            #expect(form.body.string.contains("Hello Cy"))
            #expect(try await MentorRequest.query(on: app.db).count() == 2)
        }
    }

    @Test(arguments: TestDB.enabled)
    func twoRequestsRacingForTheLastPlaceGiveOneSuccess(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: a cap of three, two used
            let s = try await RequestScene.make(app)
            _ = try await s.request(to: s.mentors[0], app: app)
            _ = try await s.request(to: s.mentors[1], app: app)
            let mentee = try await Fixtures(app: app).client(signedInAs: s.mentee)
            let token = try await mentee.csrfToken()
            let programmeID = try s.programme.requireID()

            // act: two sends at once, to two different mentors
            let results = try await withThrowingTaskGroup(of: (HTTPStatus, String).self) { group in
                for mentor in s.mentors[2...3] {
                    let mentorID = try mentor.requireID()
                    group.addTask {
                        var headers = HTTPHeaders()
                        headers.contentType = .json
                        headers.add(name: "X-CSRF-Token", value: token)
                        let body = #"{"programme_id":"\#(programmeID)","mentor_id":"\#(mentorID)","message":"Hi","hopes":"Swift"}"#
                        let response = try await mentee.send(.POST, "/api/v1/requests", headers: headers, body: ByteBuffer(string: body))
                        return (response.status, response.errorCode)
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }

            // assert
            #expect(results.filter { $0.0 == .created }.count == 1)
            #expect(results.filter { $0.0 == .conflict && $0.1 == "request.too_many_open" }.count == 1)
            #expect(try await MentorRequest.query(on: app.db).filter(\.$status == .pending).count() == 3)
        }
    }

    @Test(arguments: TestDB.enabled)
    func expiredAndAnsweredRequestsDoNotCount(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: a cap of one; the only earlier request has expired
            let s = try await RequestScene.make(app, maxOpen: 1)
            _ = try await s.request(to: s.mentors[0], sentAt: Date().addingTimeInterval(-6 * 86_400), app: app)
            try await RequestExpiry.run(now: Date(), app: app)
            let mentee = try await Fixtures(app: app).client(signedInAs: s.mentee)
            // act
            let sent = try await mentee.api(.POST, "/api/v1/requests", json: RequestsAPI.CreateRequest(
                programmeID: s.programme.id, mentorID: s.mentors[1].id, message: "Hi", hopes: "Swift"))
            // assert
            #expect(sent.status == .created)
        }
    }
}

import Fluent
import Foundation
import Testing
import VaporTesting
@testable import TandemServer

@Suite("Capacity under concurrency")
struct CapacityRaceTests {
    struct ErrorEnvelope: Decodable {
        struct Detail: Decodable { let code: String }
        let error: Detail
    }

    @Test(arguments: TestDB.enabled)
    func twentyAcceptsRacingForOneSeatGiveOneSuccess(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: one mentor with one seat, twenty pending requests
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let programme = try await fixtures.programme(in: org, capacity: 1)
            let mentor = try await fixtures.user(in: org, name: "Maria Mentor", mentorCapacity: 5)
            try await fixtures.enrol(mentor, in: programme, as: .mentor)
            var requestIDs: [UUID] = []
            for i in 0..<20 {
                let mentee = try await fixtures.user(in: org, name: "Mentee \(i)")
                try await fixtures.enrol(mentee, in: programme, as: .mentee)
                requestIDs.append(try await fixtures.request(from: mentee, to: mentor, in: programme).requireID())
            }
            let browser = try await fixtures.client(signedInAs: mentor)
            let token = try await browser.csrfToken()

            // act: all accepts at once
            let results = try await withThrowingTaskGroup(of: (HTTPStatus, String).self) { group in
                for id in requestIDs {
                    group.addTask {
                        var headers = HTTPHeaders()
                        headers.contentType = .json
                        headers.add(name: "X-CSRF-Token", value: token)
                        let response = try await browser.send(.POST, "/api/v1/requests/\(id)/accept", headers: headers)
                        let code = (try? response.content.decode(ErrorEnvelope.self).error.code) ?? ""
                        return (response.status, code)
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }

            // assert
            #expect(results.filter { $0.0 == .ok }.count == 1)
            #expect(results.filter { $0.0 == .conflict && $0.1 == "capacity.full" }.count == 19)
            let enrolment = try await Enrolment.query(on: app.db).filter(\.$role == .mentor).first()
            #expect(enrolment?.seatsUsed == 1)
            #expect(try await Relationship.query(on: app.db).count() == 1)
            #expect(try await MentorRequest.query(on: app.db).filter(\.$status == .accepted).count() == 1)
            #expect(try await MentorRequest.query(on: app.db).filter(\.$status == .pending).count() == 19)
        }
    }

    @Test(arguments: TestDB.enabled)
    func personalCapacityAcrossProgrammesIsEnforced(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: two programmes with free seats, but the mentor takes only one person overall
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let first = try await fixtures.programme(in: org, name: "First", capacity: 3)
            let second = try await fixtures.programme(in: org, name: "Second", capacity: 3)
            let mentor = try await fixtures.user(in: org, name: "Maria Mentor", mentorCapacity: 1)
            let a = try await fixtures.user(in: org, name: "Ann")
            let b = try await fixtures.user(in: org, name: "Bob")
            for p in [first, second] { try await fixtures.enrol(mentor, in: p, as: .mentor) }
            try await fixtures.enrol(a, in: first, as: .mentee)
            try await fixtures.enrol(b, in: second, as: .mentee)
            let r1 = try await fixtures.request(from: a, to: mentor, in: first)
            let r2 = try await fixtures.request(from: b, to: mentor, in: second)
            let browser = try await fixtures.client(signedInAs: mentor)
            // act
            let ok = try await browser.api(.POST, "/api/v1/requests/\(try r1.requireID())/accept")
            let full = try await browser.api(.POST, "/api/v1/requests/\(try r2.requireID())/accept")
            // assert
            #expect(ok.status == .ok)
            #expect(full.status == .conflict)
            #expect(try full.content.decode(ErrorEnvelope.self).error.code == "capacity.full")
            // the failed accept rolled back its programme seat too
            let secondSeat = try await Enrolment.query(on: app.db).filter(\.$programme.$id == second.requireID())
                .filter(\.$role == .mentor).first()
            #expect(secondSeat?.seatsUsed == 0)
        }
    }
}

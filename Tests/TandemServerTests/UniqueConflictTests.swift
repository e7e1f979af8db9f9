import Fluent
import Foundation
import Logging
import NIOCore
import SQLKit
import Testing
import Vapor
import VaporTesting
@testable import TandemServer

/// A unique-index violation anywhere answers 409 `conflict.duplicate` (or a more specific code
/// its call site names) with the error shape, on both databases, never a 500.
@Suite("Unique-index races answer 409")
struct UniqueConflictTests {
    @Test(arguments: TestDB.enabled)
    func tenParallelEnrolmentsOfOnePersonCreateOne(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let programme = try await fixtures.programme(in: org)
            let person = try await fixtures.user(in: org, name: "Ann")
            let browser = try await fixtures.client(signedInAs: person)
            let token = try await browser.csrfToken()
            let path = "/api/v1/programmes/\(try programme.requireID())/enrolments"
            // act
            let results = try await withThrowingTaskGroup(of: (HTTPStatus, String).self) { group in
                for _ in 0..<10 {
                    group.addTask {
                        var headers = HTTPHeaders()
                        headers.contentType = .json
                        headers.add(name: "X-CSRF-Token", value: token)
                        let r = try await browser.send(.POST, path, headers: headers, body: ByteBuffer(string: #"{"role":"mentee"}"#))
                        return (r.status, r.errorCode)
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            // assert: one enrolment; the rest are 409s in the error shape, whichever check caught them
            #expect(results.filter { $0.0 == .created }.count == 1)
            #expect(results.filter { $0.0 == .conflict && ["conflict.duplicate", "enrolment.exists"].contains($0.1) }.count == 9)
            #expect(try await Enrolment.query(on: app.db).count() == 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func parallelFeedRegenerationsLeaveOneFeedAndNoServerError(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let person = try await fixtures.user(in: org, name: "Ann")
            let browser = try await fixtures.client(signedInAs: person)
            let token = try await browser.csrfToken()
            _ = try await browser.api(.POST, "/api/v1/me/calendar-feed")
            // act
            let results = try await withThrowingTaskGroup(of: (HTTPStatus, String).self) { group in
                for _ in 0..<8 {
                    group.addTask {
                        var headers = HTTPHeaders()
                        headers.add(name: "X-CSRF-Token", value: token)
                        let r = try await browser.send(.POST, "/api/v1/me/calendar-feed", headers: headers)
                        return (r.status, r.errorCode)
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            // assert: each answer is a new feed or a 409 duplicate (PostgreSQL lets inserts race;
            // SQLite serialises them), and one feed remains
            #expect(results.contains { $0.0 == .created })
            #expect(results.allSatisfy { $0.0 == .created || ($0.0 == .conflict && $0.1 == "conflict.duplicate") })
            #expect(try await CalendarFeed.query(on: app.db).count() == 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func theMiddlewareMapsEachDriversUniqueViolationAndNothingElse(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: a real unique violation and a real NOT NULL violation from this database's driver
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let programme = try await fixtures.programme(in: org)
            let person = try await fixtures.user(in: org, name: "Ann")
            try await fixtures.enrol(person, in: programme, as: .mentee)
            var duplicate: (any Error)?
            do { try await fixtures.enrol(person, in: programme, as: .mentee) } catch { duplicate = error }
            var notNull: (any Error)?
            do {
                try await (app.db as! any SQLDatabase).raw("INSERT INTO organisations (id) VALUES (\(bind: UUID()))").run()
            } catch { notNull = error }
            let logger = Logger(label: "test")
            // act
            let mapped = TandemErrorMiddleware.map(try #require(duplicate), logger: logger)
            let other = TandemErrorMiddleware.map(try #require(notNull), logger: logger)
            let response = try await fixtures.client(signedInAs: person)
                .api(.POST, "/api/v1/programmes/\(try programme.requireID())/enrolments", json: ["role": "mentee"])
            // assert
            #expect(UniqueViolation.matches(try #require(duplicate)))
            #expect(mapped.status == .conflict)
            #expect(mapped.code == "conflict.duplicate")
            #expect(!UniqueViolation.matches(try #require(notNull)))
            #expect(other.status == .internalServerError)
            #expect(response.status == .conflict)
            #expect(try response.jsonObject()["error"] as? [String: String] != nil)
        }
    }
}

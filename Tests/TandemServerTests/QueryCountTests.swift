import Fluent
import Testing
import Vapor
import VaporTesting
@testable import TandemServer

/// Busy pages must cost the same number of queries for 3 rows as for 30.
@Suite("Query counts on busy pages")
struct QueryCountTests {
    static func count(_ response: TestingHTTPResponse) -> Int {
        Int(response.headers.first(name: QueryCountMiddleware.header) ?? "") ?? -1
    }

    /// A mentor with `n` mentees (accepted) and `n` pending requests, and n more mentors in the programme.
    static func seed(_ app: Application, rows n: Int) async throws -> (User, Programme) {
        let fixtures = Fixtures(app: app)
        let org = try await fixtures.organisation()
        let programme = try await fixtures.programme(in: org, type: .group, capacity: 50)
        let mentor = try await fixtures.user(in: org, name: "Maria Mentor", mentorCapacity: 100)
        try await fixtures.enrol(mentor, in: programme, as: .mentor)
        for i in 0..<n {
            let mentee = try await fixtures.user(in: org, name: "Mentee \(i)")
            try await fixtures.enrol(mentee, in: programme, as: .mentee)
            let other = try await fixtures.user(in: org, name: "Other mentor \(i)")
            try await fixtures.enrol(other, in: programme, as: .mentor)
            let accepted = try await fixtures.request(from: mentee, to: mentor, in: programme)
            accepted.$programme.value = programme
            _ = try await RequestService.pair(accepted, on: app.db)
            _ = try await fixtures.request(from: mentee, to: other, in: programme)
        }
        return (mentor, programme)
    }

    static func counts(_ db: TestDB, rows: Int) async throws -> [String: Int] {
        var result: [String: Int] = [:]
        try await withApp(db, settings: { $0.recordQueryCounts = true }) { app in
            let (mentor, programme) = try await seed(app, rows: rows)
            let browser = try await Fixtures(app: app).client(signedInAs: mentor)
            let relationship = try #require(try await Relationship.query(on: app.db).first())
            for path in ["/", "/requests", "/programmes", "/programmes/\(try programme.requireID())/mentors",
                         "/relationships/\(try relationship.requireID())", "/api/v1/relationships", "/api/v1/requests"] {
                let response = try await browser.get(path)
                #expect(response.status == .ok, "\(path)")
                result[path.replacingOccurrences(of: try programme.requireID().uuidString, with: "P")
                    .replacingOccurrences(of: try relationship.requireID().uuidString, with: "R")] = count(response)
            }
        }
        return result
    }

    @Test(arguments: TestDB.enabled)
    func queryCountDoesNotGrowWithRows(db: TestDB) async throws {
        let few = try await Self.counts(db, rows: 3)
        let many = try await Self.counts(db, rows: 30)
        #expect(few == many)
        for (path, n) in few {
            // The relationship workspace shows a dozen kinds of record, one query each.
            let budget = path.hasPrefix("/relationships/") ? 20 : 12
            #expect(n > 0 && n <= budget, "\(path) used \(n) Fluent queries")
        }
    }
}

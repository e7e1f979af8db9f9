import Fluent
import Foundation
import TandemCore
import Testing
import Vapor
import VaporTesting
@testable import TandemServer

/// The admin relationships page and API cost the same for a programme of 3 pairs as of 30, and
/// load no meeting, message or survey rows (those are summed by the database).
@Suite("Admin relationships query counts")
struct ConsoleQueryCountTests {
    static func costs(_ db: TestDB, pairs n: Int) async throws -> [String: Int] {
        var result: [String: Int] = [:]
        try await withApp(db, settings: { $0.recordQueryCounts = true }) { app in
            let risk = try await RiskScene.make(Fixtures(app: app))
            for i in 0..<n {
                let (rid, mentee) = try await risk.pair("Mentee \(i)", startedDaysAgo: 10 + Double(i % 30))
                try await risk.checkIn(rid, daysAgo: 5, by: risk.scene.mentor, confirmedBy: mentee)
                try await Message(organisationID: mentee.organisationID, relationshipID: rid, authorID: mentee.id!, body: "Hi").create(on: app.db)
            }
            let admin = try await risk.admin()
            for path in [risk.consolePath, "\(risk.consolePath)?health=at_risk", risk.consoleAPI, "\(risk.consoleAPI)?health=stalled"] {
                let response = try await admin.get(path)
                #expect(response.status == .ok, "\(path)")
                let schemas = response.headers.first(name: QueryCountMiddleware.schemasHeader) ?? ""
                for table in [Meeting.schema, Message.schema, SurveyAnswer.schema] {
                    #expect(!schemas.split(separator: ",").contains(Substring(table)), "\(path) loaded \(table) rows")
                }
                result[path.replacingOccurrences(of: risk.programmeID.uuidString, with: "P")] = QueryCountTests.count(response)
            }
        }
        return result
    }

    @Test(arguments: TestDB.enabled)
    func costDoesNotGrowWithTheProgramme(db: TestDB) async throws {
        // act
        let few = try await Self.costs(db, pairs: 3)
        let many = try await Self.costs(db, pairs: 30)
        // assert
        #expect(few.count == 4)
        #expect(few == many)
        for (path, n) in few { #expect(n > 0 && n <= 12, "\(path) used \(n) Fluent queries") }
    }
}

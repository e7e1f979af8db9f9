import Fluent
import Foundation
import TandemCore
import Testing
import VaporTesting
@testable import TandemServer

/// The limit of open concerns per person holds when one person submits many at once.
@Suite("Concerns under concurrency")
struct ConcernRaceTests {
    @Test(arguments: TestDB.enabled)
    func tenParallelSubmitsOpenExactlyFive(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: a mentee with no open concerns
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            let token = try await mentee.csrfToken()
            let path = "\(w.base)/concerns"
            // act: ten submits at the same moment
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for i in 0..<10 {
                    group.addTask { try await mentee.post(path, form: ["concern": "Parallel concern \(i)"], csrf: token).status }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            // assert: five raised, five told the limit is reached, none failed
            #expect(statuses.count == 10)
            #expect(statuses.filter { $0 == .seeOther }.count == 5, "\(statuses)")
            #expect(statuses.filter { $0 == .unprocessableEntity }.count == 5, "\(statuses)")
            let open = try await Concern.query(on: app.db).filter(\.$raisedBy.$id == w.mentee.requireID())
                .filter(\.$resolvedAt == nil).count()
            #expect(open == ConcernRules.maxOpenPerPerson)
            #expect(try await fixtures.auditCount("concern.raised") == 5)
        }
    }
}

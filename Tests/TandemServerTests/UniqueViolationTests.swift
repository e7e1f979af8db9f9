import TandemCore
import Fluent
import Testing
import VaporTesting
@testable import TandemServer

/// A second reflection (or survey response) racing past the pre-check hits the unique index;
/// both drivers' errors must be recognised so the person gets 409, not 500.
@Suite("Unique violations become conflicts")
struct UniqueViolationTests {
    @Test(arguments: TestDB.enabled)
    func aDuplicateReflectionIsRecognisedOnEitherDatabase(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let w = try await WorkspaceScene.make(Fixtures(app: app))
            let orgID = w.mentee.organisationID
            let row = { Reflection(organisationID: orgID, relationshipID: w.relationshipID, userID: try w.mentee.requireID(),
                                   learned: "A lot", partnerLearned: "", nextSteps: "") }
            try await row().create(on: app.db)
            // act
            var caught: (any Error)?
            do { try await row().create(on: app.db) } catch { caught = error }
            let mapped: ReflectionError? = await {
                do {
                    try await UniqueViolation.mapping(to: ReflectionError.exists) { try await row().create(on: app.db) }
                    return nil
                } catch let error as ReflectionError { return error } catch { return nil }
            }()
            // assert
            let error = try #require(caught)
            #expect(UniqueViolation.matches(error))
            #expect(mapped?.status == .conflict)
            #expect(mapped?.code == "reflection.exists")
            #expect(!UniqueViolation.matches(AccessError.notFound(.goal)))
        }
    }
}

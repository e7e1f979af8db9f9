import Testing
import VaporTesting
@testable import TandemServer

/// An unknown role is checked once, in `EnrolmentService`: the API answers 422 on `role`, the
/// page re-renders with the same message, and nobody is enrolled either way.
@Suite("Enrolment role: one check for page and API")
struct EnrolmentRoleTests {
    @Test(arguments: TestDB.enabled)
    func anUnknownRoleIsAFieldErrorOnBothPaths(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let scene = try await MentoringScene.make(fixtures)
            let person = try await fixtures.user(in: scene.org, name: "Nia Newcomer")
            let client = try await fixtures.client(signedInAs: person)
            // act
            let api = try await client.api(.POST, "/api/v1/programmes/\(scene.programmeID)/enrolments",
                                           json: ProgrammesAPI.EnrolmentRequest(role: "boss"))
            let page = try await client.post("/programmes/\(scene.programmeID)/enrolments", form: ["role": "boss"])
            // assert
            #expect(api.status == .unprocessableEntity)
            #expect(api.errorFields == ["role"])
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.string.contains("Choose how you want to take part: mentor, mentee or peer."))
            #expect(try await fixtures.enrolment(of: person, in: scene.programme, as: .mentee) == nil)
        }
    }
}

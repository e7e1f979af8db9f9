import Fluent
import Foundation
import Testing
import VaporTesting
@testable import TandemCore
@testable import TandemServer

@Suite("Programme settings for requests")
struct RequestPolicySettingsTests {
    @Test(arguments: TestDB.enabled)
    func adminsSetTheWindowAndCapInTheAPIAndTheForm(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let s = try await MentoringScene.make(Fixtures(app: app))
            let admin = try await Fixtures(app: app).client(signedInAs: s.admin)
            let base: [String: String] = ["name": "Evening mentoring", "type": "one_to_one", "mode": "informal", "default_capacity": "2"]

            // act
            let created = try await admin.api(.POST, "/api/v1/programmes", json: base)
            let id = try created.json(ProgrammesAPI.ProgrammeResponse.self).id
            let updated = try await admin.api(.PUT, "/api/v1/programmes/\(id)",
                                              json: base.merging(["response_window_days": "7", "max_open_requests": "2"]) { a, _ in a })
            let invalid = try await admin.api(.PUT, "/api/v1/programmes/\(id)",
                                              json: base.merging(["response_window_days": "31", "max_open_requests": "0"]) { a, _ in a })
            let untouched = try await admin.api(.PUT, "/api/v1/programmes/\(id)", json: base)
            let form = try await admin.post("/programmes/\(id)", form: base.merging(["response_window_days": "0"]) { a, _ in a })
            let edit = try await admin.get("/programmes/\(id)/edit")

            // assert
            let fresh = try created.json(ProgrammesAPI.ProgrammeResponse.self)
            #expect(fresh.responseWindowDays == 5 && fresh.maxOpenRequests == 3)
            let changed = try updated.json(ProgrammesAPI.ProgrammeResponse.self)
            #expect(changed.responseWindowDays == 7 && changed.maxOpenRequests == 2)
            #expect(invalid.status == .unprocessableEntity)
            #expect(invalid.body.string.contains("response_window_days") && invalid.body.string.contains("max_open_requests"))
            #expect(try untouched.json(ProgrammesAPI.ProgrammeResponse.self).responseWindowDays == 7)
            #expect(form.status == .unprocessableEntity)
            #expect(form.body.string.contains("Enter a number of days from 1 to 30."))
            #expect(edit.body.string.contains(#"name="response_window_days" inputmode="numeric" value="7""#))
        }
    }
}

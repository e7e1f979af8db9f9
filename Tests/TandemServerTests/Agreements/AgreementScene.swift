import Fluent
import Foundation
import TandemCore
import Testing
import VaporTesting
@testable import TandemServer

/// A matched pair with signed-in browsers for both members, and helpers for the agreement API.
struct AgreementScene {
    let w: WorkspaceScene
    let mentor: TestClient
    let mentee: TestClient

    var api: String { "/api/v1/relationships/\(w.relationshipID)/agreement" }
    var page: String { "\(w.base)/agreement" }

    static func make(_ fixtures: Fixtures) async throws -> AgreementScene {
        let w = try await WorkspaceScene.make(fixtures)
        return AgreementScene(w: w, mentor: try await fixtures.client(signedInAs: w.mentor),
                              mentee: try await fixtures.client(signedInAs: w.mentee))
    }

    /// A complete agreement, as the API takes it.
    static func draft(cadence: String = "weekly", format: String = "video", feedback: String = "Five minutes at the end of each check-in.",
                      hopes: [MemberHopesDraft] = []) -> AgreementDraft {
        AgreementDraft(cadence: cadence, format: format, hopes: hopes, confidentiality: "What we say stays between us.",
                       feedback: feedback, reviewOn: Fixtures.isoDay(offset: 60, timeZone: "Europe/London"))
    }

    @discardableResult
    func propose(_ draft: AgreementDraft, by client: TestClient) async throws -> TestingHTTPResponse {
        try await client.api(.PUT, api, json: draft)
    }

    @discardableResult
    func confirm(_ version: Int, by client: TestClient) async throws -> TestingHTTPResponse {
        try await client.api(.POST, "\(api)/confirm", json: AgreementAPI.ConfirmBody(version: version))
    }

    func read(by client: TestClient) async throws -> AgreementResponse {
        try await client.api(.GET, api).json(AgreementResponse.self)
    }

    func notifications(_ kind: NotificationKind, for user: User) async throws -> Int {
        try await AppNotification.query(on: w.app.db).filter(\.$userID == user.requireID()).filter(\.$kind == kind).count()
    }
}

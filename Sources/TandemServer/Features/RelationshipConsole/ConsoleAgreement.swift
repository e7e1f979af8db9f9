import Fluent
import Foundation
import TandemCore

/// The agreement column of the admin relationships page and API: only the state (never the
/// terms, which are the pair's own), from `AgreementStates` in a fixed number of queries.
enum ConsoleAgreement {
    struct State: Sendable, Hashable {
        /// Stable code for the API (`AgreementState`'s raw value); nil when unknown.
        let code: String?
        /// What the page shows.
        let label: String
    }

    static let unknown = State(code: nil, label: "—")

    static func states(of relationshipIDs: [UUID], on db: any Database) async throws -> [UUID: State] {
        try await AgreementStates.of(relationshipIDs, on: db).mapValues { State(code: $0.rawValue, label: $0.label) }
    }
}

import Fluent
import Foundation

/// The agreement column of the admin relationships page and API: the ONE place that learns a
/// relationship's agreement state. Agreements are built on another branch (wt-agreement); until
/// the lead wires them in here after the merge, every row shows "—" and the API answers null.
/// Wire-up: load the states of `relationshipIDs` in one query and map each to a `State`.
enum ConsoleAgreement {
    struct State: Sendable, Hashable {
        /// Stable code for the API (e.g. "confirmed", "awaiting_confirmation"); nil when unknown.
        let code: String?
        /// What the page shows.
        let label: String
    }

    static let unknown = State(code: nil, label: "—")

    /// TODO(agreements): fill in from the agreements table once it exists on this branch.
    static func states(of relationshipIDs: [UUID], on db: any Database) async throws -> [UUID: State] {
        [:]
    }
}

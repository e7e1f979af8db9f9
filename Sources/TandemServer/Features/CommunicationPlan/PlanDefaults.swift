import Fluent
import Foundation
import TandemCore

/// Writes the default plan (`DefaultPlan`) for a new programme, inside the caller's transaction.
enum PlanDefaults {
    static func insert(for programme: Programme, at now: Date = Date(), on db: any Database) async throws {
        let programmeID = try programme.requireID()
        for (position, message) in DefaultPlan.messages(for: programme.mode).enumerated() {
            try await PlanMessage(organisationID: programme.organisationID, programmeID: programmeID,
                                  message: message, position: position, plannedAt: now).create(on: db)
        }
    }
}

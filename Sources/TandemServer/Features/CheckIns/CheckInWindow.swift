import Fluent
import Foundation
import TandemCore

enum CheckInWindow {
    /// docs/rules.md "Phases": formal programmes take check-ins in their active and closing phases.
    static func requireOpen(_ r: Relationship, user: User, on db: any Database) async throws {
        let zone = try await ProgrammeQueries.timeZone(of: user, on: db)
        let programme = r.programme
        let phase = programme.phase(at: Date(), in: zone)
        guard ProgrammeRules.areCheckInsOpen(mode: programme.mode, phase: phase) else {
            throw RelationshipError.checkInsClosed(activeStarts: programme.schedule?.activeStarts.iso ?? "its active phase")
        }
    }
}

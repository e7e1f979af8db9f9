import Fluent
import Foundation
import TandemCore
import Vapor

extension Request {
    /// The signed-in member and the relationship named by `:relationshipID`; 404 for anyone
    /// else, including other organisations.
    func memberRelationship() async throws -> (user: User, relationship: Relationship) {
        let user = try requireUser()
        let r = try await RelationshipQueries.find(parameters.get("relationshipID", as: UUID.self), for: user, on: db)
        return (user, r)
    }
}

extension Relationship {
    /// Archived relationships are read-only; only closing reflections may still be added.
    func requireActive() throws {
        if status == .closed {
            throw AppError.conflict("relationship.archived", "This relationship is archived and read-only.")
        }
    }

    var memberIDs: [UUID] { members.map { $0.$user.id } }

    func role(of userID: UUID) -> EnrolmentRole? {
        members.first { $0.$user.id == userID }?.role
    }
}

/// Which records live under a relationship: each lookup checks both ids, so a guessed id from
/// another relationship is a 404.
enum WorkspaceLookup {
    static func goal(_ id: UUID?, in r: Relationship, on db: any Database) async throws -> Goal {
        guard let id, let goal = try await Goal.query(on: db).filter(\.$id == id)
            .filter(\.$relationship.$id == r.requireID()).first()
        else { throw AccessError.notFound(.goal) }
        return goal
    }

    static func meeting(_ id: UUID?, in r: Relationship, on db: any Database) async throws -> Meeting {
        guard let id, let meeting = try await Meeting.query(on: db).filter(\.$id == id)
            .filter(\.$relationshipID == r.requireID()).first()
        else { throw AccessError.notFound(.meeting) }
        return meeting
    }
}

enum CheckInWindow {
    /// docs/rules.md "Phases": formal programmes take check-ins in their active and closing phases.
    static func requireOpen(_ r: Relationship, user: User, on db: any Database) async throws {
        let zone = try await ProgrammeQueries.timeZone(of: user, on: db)
        let programme = r.programme
        let phase = programme.phase(at: Date(), in: zone)
        guard ProgrammeRules.areCheckInsOpen(mode: programme.mode, phase: phase) else {
            let starts = programme.schedule?.activeStarts.iso ?? "its active phase"
            throw AppError.conflict("programme.check_ins_closed",
                                    "Meetings and check-ins open when the programme's active phase starts (\(starts)).")
        }
    }
}

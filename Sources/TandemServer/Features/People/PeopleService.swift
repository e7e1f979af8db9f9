import Fluent
import Foundation
import TandemCore

/// Everything an admin changes about people: role, manager, and whether they may sign in.
struct PeopleService {
    let context: ServiceContext

    /// Applies the admin's changes to `person`: role, manager and whether they are active.
    /// Deactivating someone ends their sessions; every change is audited.
    func update(_ person: User, with form: PersonForm) async throws {
        guard context.actor.isAdmin else { throw AccessError.forbidden }
        let admin = context.actor, db = context.db
        var errors: [FieldError] = []
        guard let role = UserRole(rawValue: form.role ?? "") else {
            throw ValidationFailure([FieldError(field: "role", .invalid, message: "Choose a role.")])
        }
        let managerID = (form.manager_id ?? "").isEmpty ? nil : UUID(uuidString: form.manager_id ?? "")
        if let raw = form.manager_id, !raw.isEmpty {
            var exists = false
            if let managerID, managerID != person.id {
                exists = try await PeopleQueries.exists(managerID, in: admin.organisationID, on: db)
            }
            if !exists {
                errors.append(FieldError(field: "manager_id", .invalid, message: "Choose a manager from your organisation."))
            }
        }
        let isActive = form.is_active == "on" || form.is_active == "true"
        if person.id == admin.id && (role != .admin || !isActive) {
            errors.append(FieldError(field: "role", .ownAccount, message: "You cannot remove your own admin role or deactivate yourself."))
        }
        if !errors.isEmpty { throw ValidationFailure(errors) }
        let before = (person.role, person.isActive, person.managerID)
        try await db.transaction { db in
            person.role = role
            person.isActive = isActive
            person.managerID = managerID
            try await person.save(on: db)
            let orgID = admin.organisationID
            if before.0 != role {
                try await Audit.record("user.role_changed", organisationID: orgID, actorID: admin.id, target: "user",
                                       targetID: person.id, details: "\(before.0.rawValue) → \(role.rawValue)", on: db)
            }
            if before.1 != isActive {
                try await Audit.record(isActive ? "user.reactivated" : "user.deactivated", organisationID: orgID,
                                       actorID: admin.id, target: "user", targetID: person.id, on: db)
                if !isActive { try await SessionStore.endAll(for: try person.requireID(), on: db) }
            }
            if before.2 != managerID {
                try await Audit.record("user.manager_changed", organisationID: orgID, actorID: admin.id, target: "user",
                                       targetID: person.id, details: managerID?.uuidString ?? "none", on: db)
            }
        }
    }
}

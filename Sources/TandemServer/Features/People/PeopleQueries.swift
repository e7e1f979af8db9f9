import Fluent
import SQLKit
import TandemCore
import Vapor

enum PeopleQueries {
    /// One keyset-paginated query over (organisation_id, name, id), joined to managers and profiles.
    static func page(organisationID: UUID, after: KeysetCursor?, limit: Int, on db: any Database) async throws
        -> (rows: [PeopleContext.Row], next: KeysetCursor?)
    {
        let sql = db as! any SQLDatabase
        var query: SQLQueryString = """
            SELECT u.id, u.name, u.email, u.role, u.is_active, m.name AS manager_name, p.department
            FROM users u
            LEFT JOIN users m ON m.id = u.manager_id
            LEFT JOIN profiles p ON p.user_id = u.id
            WHERE u.organisation_id = \(bind: organisationID)
            """
        if let after {
            query = query + " AND (u.name > \(bind: after.sortKey) OR (u.name = \(bind: after.sortKey) AND u.id > \(bind: after.id)))"
        }
        query = query + " ORDER BY u.name, u.id LIMIT \(bind: limit + 1)"
        struct Row: Decodable {
            let id: UUID, name: String, email: String, role: String, is_active: Bool
            let manager_name: String?, department: String?
        }
        let rows = try await sql.raw(query).all(decoding: Row.self)
        let visible = rows.prefix(limit)
        let next = rows.count > limit ? visible.last.map { KeysetCursor(sortKey: $0.name, id: $0.id) } : nil
        return (visible.map {
            PeopleContext.Row(id: $0.id.uuidString, name: $0.name, email: $0.email, role: $0.role,
                              isActive: $0.is_active, managerName: $0.manager_name ?? "", department: $0.department ?? "")
        }, next)
    }

    static func apply(_ form: PersonForm, to person: User, by admin: User, on db: any Database) async throws {
        var errors: [FieldError] = []
        guard let role = UserRole(rawValue: form.role ?? "") else {
            throw ValidationFailure([FieldError(field: "role", code: "invalid", message: "Choose a role.")])
        }
        let managerID = (form.manager_id ?? "").isEmpty ? nil : UUID(uuidString: form.manager_id ?? "")
        if let raw = form.manager_id, !raw.isEmpty {
            var exists = false
            if let managerID, managerID != person.id {
                exists = try await User.query(on: db).filter(\.$id == managerID)
                    .filter(\.$organisationID == admin.organisationID).count() > 0
            }
            if !exists {
                errors.append(FieldError(field: "manager_id", code: "invalid", message: "Choose a manager from your organisation."))
            }
        }
        let isActive = form.is_active == "on" || form.is_active == "true"
        if person.id == admin.id && (role != .admin || !isActive) {
            errors.append(FieldError(field: "role", code: "self", message: "You cannot remove your own admin role or deactivate yourself."))
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

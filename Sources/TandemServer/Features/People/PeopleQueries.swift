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

    /// How many people the organisation has, active or not.
    static func count(organisationID: UUID, on db: any Database) async throws -> Int {
        try await User.query(on: db).filter(\.$organisationID == organisationID).count()
    }

    /// Someone of the admin's organisation; 404 otherwise.
    static func person(_ id: UUID?, for admin: User, on db: any Database) async throws -> User {
        guard let id,
              let person = try await User.query(on: db)
                .filter(\.$id == id).filter(\.$organisationID == admin.organisationID).first()
        else { throw AccessError.notFound(.person) }
        return person
    }

    /// Whom `person` may report to: the organisation's other active people, by name.
    static func managerCandidates(for person: User, organisationID: UUID, on db: any Database) async throws -> [User] {
        try await User.query(on: db)
            .filter(\.$organisationID == organisationID).filter(\.$isActive == true)
            .filter(\.$id != person.requireID()).sort(\.$name).limit(1000).all()
    }

    static func exists(_ id: UUID, in organisationID: UUID, on db: any Database) async throws -> Bool {
        try await User.query(on: db).filter(\.$id == id).filter(\.$organisationID == organisationID).count() > 0
    }
}

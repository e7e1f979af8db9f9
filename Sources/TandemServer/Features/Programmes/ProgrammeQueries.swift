import Fluent
import TandemCore
import Vapor

enum ProgrammeQueries {
    /// A programme of the user's organisation, or 404: another organisation's id never leaks.
    static func find(_ id: UUID?, for user: User, on db: any Database) async throws -> Programme {
        guard let id,
              let programme = try await Programme.query(on: db)
                .filter(\.$id == id).filter(\.$organisationID == user.organisationID).first()
        else { throw AccessError.notFound(.programme) }
        return programme
    }

    static func list(for user: User, includeArchived: Bool, on db: any Database) async throws -> [Programme] {
        var query = Programme.query(on: db).filter(\.$organisationID == user.organisationID)
        if !includeArchived { query = query.filter(\.$archivedAt == nil) }
        return try await query.sort(\.$name).sort(\.$id).limit(500).all()
    }

    static func create(_ valid: ValidProgramme, managerRule: Bool = false, by admin: User, on db: any Database) async throws -> Programme {
        let programme = Programme(organisationID: admin.organisationID)
        programme.apply(valid)
        programme.managersMayMentorReports = managerRule
        try await db.transaction { db in
            try await programme.save(on: db)
            try await Audit.record("programme.created", organisationID: admin.organisationID, actorID: admin.id,
                                   target: "programme", targetID: programme.id, details: valid.name, on: db)
        }
        return programme
    }

    static func update(_ programme: Programme, with valid: ValidProgramme, managerRule: Bool? = nil, by admin: User, on db: any Database) async throws {
        programme.apply(valid)
        if let managerRule { programme.managersMayMentorReports = managerRule }
        try await db.transaction { db in
            try await programme.save(on: db)
            try await Audit.record("programme.updated", organisationID: admin.organisationID, actorID: admin.id,
                                   target: "programme", targetID: programme.id, details: valid.name, on: db)
        }
    }

    static func archive(_ programme: Programme, by admin: User, on db: any Database) async throws {
        guard programme.archivedAt == nil else { return }
        programme.archivedAt = Date()
        try await db.transaction { db in
            try await programme.save(on: db)
            try await Audit.record("programme.archived", organisationID: admin.organisationID, actorID: admin.id,
                                   target: "programme", targetID: programme.id, details: programme.name, on: db)
        }
    }

    static func timeZone(of user: User, on db: any Database) async throws -> TimeZone {
        let org = try await Organisation.find(user.organisationID, on: db)
        return TimeZone(identifier: org?.timeZone ?? "UTC") ?? .gmt
    }
}

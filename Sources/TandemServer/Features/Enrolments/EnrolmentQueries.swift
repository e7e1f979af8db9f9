import Fluent
import Foundation
import SQLKit
import TandemCore

/// Reads of enrolments, and the writes `EnrolmentService` runs.
enum EnrolmentQueries {
    /// programme id → the roles the user holds there, in one query.
    static func activeRoles(of user: User, on db: any Database) async throws -> [UUID: Set<EnrolmentRole>] {
        let enrolments = try await Enrolment.query(on: db)
            .filter(\.$user.$id == user.requireID()).filter(\.$status == .active).all()
        return enrolments.reduce(into: [:]) { $0[$1.$programme.id, default: []].insert($1.role) }
    }

    /// The user's active enrolments, with their programmes.
    static func active(of user: User, on db: any Database) async throws -> [Enrolment] {
        try await Enrolment.query(on: db).filter(\.$user.$id == user.requireID()).filter(\.$status == .active).with(\.$programme).all()
    }

    /// The user's enrolments in one programme, active or left.
    static func all(of user: User, in programme: Programme, on db: any Database) async throws -> [Enrolment] {
        try await Enrolment.query(on: db).filter(\.$programme.$id == programme.requireID())
            .filter(\.$user.$id == user.requireID()).all()
    }

    static func roleCounts(programmeID: UUID, on db: any Database) async throws -> [EnrolmentRole: Int] {
        struct Row: Decodable { let role: String; let n: Int }
        let rows = try await (db as! any SQLDatabase).raw("""
            SELECT role, COUNT(*) AS n FROM enrolments
            WHERE programme_id = \(bind: programmeID) AND status = 'active' GROUP BY role
            """).all(decoding: Row.self)
        return rows.reduce(into: [:]) { dict, row in
            if let role = EnrolmentRole(rawValue: row.role) { dict[role] = row.n }
        }
    }

    static func enrol(_ user: User, in programme: Programme, role: EnrolmentRole, answers: [String], on db: any Database) async throws -> Enrolment {
        guard programme.type.allowedRoles.contains(role) else { throw EnrolmentError.roleNotAllowed }
        let zone = try await ProgrammeQueries.timeZone(of: user, on: db)
        guard programme.archivedAt == nil,
              ProgrammeRules.isEnrolmentOpen(mode: programme.mode, phase: programme.phase(at: Date(), in: zone))
        else { throw EnrolmentError.closed }
        let answers = Array(answers.prefix(programme.questionList.count)).map { String($0.prefix(2000)) }
        let programmeID = try programme.requireID()
        if let existing = try await Enrolment.query(on: db)
            .filter(\.$programme.$id == programmeID).filter(\.$user.$id == user.requireID())
            .filter(\.$role == role).first()
        {
            guard existing.status == .left else { throw EnrolmentError.alreadyEnrolled }
            existing.status = .active
            existing.sortName = user.name
            try await existing.save(on: db)
            return existing
        }
        let enrolment = Enrolment(
            organisationID: user.organisationID, programmeID: programmeID, userID: try user.requireID(),
            role: role, capacity: programme.defaultCapacity, answers: answers, sortName: user.name
        )
        try await enrolment.save(on: db)
        return enrolment
    }

    /// Leaving also withdraws the person's pending requests in that programme.
    static func leave(_ user: User, programme: Programme, role: EnrolmentRole, on db: any Database) async throws {
        let programmeID = try programme.requireID()
        let userID = try user.requireID()
        guard let enrolment = try await Enrolment.query(on: db)
            .filter(\.$programme.$id == programmeID).filter(\.$user.$id == userID)
            .filter(\.$role == role).filter(\.$status == .active).first()
        else { throw EnrolmentError.notEnrolled }
        try await db.transaction { db in
            enrolment.status = .left
            try await enrolment.save(on: db)
            var pending = MentorRequest.query(on: db)
                .filter(\.$programme.$id == programmeID).filter(\.$status == .pending)
            pending = role == .mentor ? pending.filter(\.$mentor.$id == userID) : pending.filter(\.$mentee.$id == userID)
            try await pending
                .set(\.$status, to: role == .mentor ? .declined : .withdrawn)
                .set(\.$decidedAt, to: Date())
                .update()
        }
    }
}

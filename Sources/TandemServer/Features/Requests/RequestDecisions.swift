import Fluent
import SQLKit
import TandemCore
import Vapor

/// Accept, decline and withdraw. Accepting claims seats and creates (or joins) the relationship atomically.
enum RequestDecisions {
    static func accept(_ request: MentorRequest, by mentor: User, on db: any Database) async throws -> UUID {
        guard request.$mentor.id == mentor.id else { throw AccessError.forbidden }
        guard request.status == .pending else { throw RequestRuleError.notPending }
        let requestID = try request.requireID()
        let programme = request.programme
        let programmeID = try programme.requireID()
        let mentorID = request.$mentor.id
        let menteeID = request.$mentee.id
        let (seeker, offered) = RequestRoles.roles(for: programme.type)
        let orgID = request.organisationID
        return try await SeatClaims.withRetry {
            try await db.transaction { db in
                // Seat claims first, in a fixed order (enrolments, then profiles).
                try await SeatClaims.claimProgrammeSeat(programmeID: programmeID, userID: mentorID, role: offered.rawValue, on: db)
                try await SeatClaims.claimPersonalSeat(userID: mentorID, on: db)
                let decided = try await (db as! any SQLDatabase).raw("""
                    UPDATE mentor_requests SET status = 'accepted', decided_at = \(bind: Date())
                    WHERE id = \(bind: requestID) AND status = 'pending' RETURNING id
                    """).first()
                guard decided != nil else { throw RequestRuleError.notPending }
                let relationshipID = try await relationship(programme: programme, mentorID: mentorID, orgID: orgID, on: db)
                try await Membership.join(orgID: orgID, relationshipID: relationshipID, userID: menteeID, role: seeker, on: db)
                try await MentorRequest.query(on: db).filter(\.$id == requestID).set(\.$relationshipID, to: relationshipID).update()
                return relationshipID
            }
        }
    }

    /// A group programme's mentor has one circle; every accepted mentee joins it.
    static func relationship(programme: Programme, mentorID: UUID, orgID: UUID, on db: any Database) async throws -> UUID {
        let programmeID = try programme.requireID()
        if programme.type == .group,
           let circle = try await RelationshipMember.query(on: db)
            .join(Relationship.self, on: \RelationshipMember.$relationship.$id == \Relationship.$id)
            .filter(\.$user.$id == mentorID).filter(\.$role == .mentor)
            .filter(Relationship.self, \.$programme.$id == programmeID).filter(Relationship.self, \.$status == .active)
            .first()
        {
            return circle.$relationship.id
        }
        let relationship = Relationship(organisationID: orgID, programmeID: programmeID, startedAt: Date())
        relationship.cadence = .fortnightly
        try await relationship.save(on: db)
        let id = try relationship.requireID()
        let (_, offered) = RequestRoles.roles(for: programme.type)
        try await RelationshipMember(organisationID: orgID, relationshipID: id, userID: mentorID, role: offered).save(on: db)
        return id
    }

    static func decline(_ request: MentorRequest, by mentor: User, reason: String?, on db: any Database) async throws {
        guard request.$mentor.id == mentor.id else { throw AccessError.forbidden }
        let trimmed = (reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.count > 500 {
            throw ValidationFailure([FieldError(field: "reason", code: "too_long", message: "Keep the reason under 500 characters.")])
        }
        try await transition(request, to: .declined, reason: trimmed.isEmpty ? nil : trimmed, on: db)
    }

    static func withdraw(_ request: MentorRequest, by mentee: User, on db: any Database) async throws {
        guard request.$mentee.id == mentee.id else { throw AccessError.forbidden }
        try await transition(request, to: .withdrawn, reason: nil, on: db)
    }

    private static func transition(_ request: MentorRequest, to status: RequestStatus, reason: String?, on db: any Database) async throws {
        let updated = try await (db as! any SQLDatabase).raw("""
            UPDATE mentor_requests SET status = \(bind: status.rawValue), decline_reason = \(bind: reason), decided_at = \(bind: Date())
            WHERE id = \(bind: request.requireID()) AND status = 'pending' RETURNING id
            """).first()
        guard updated != nil else { throw RequestRuleError.notPending }
        request.status = status
        request.declineReason = reason
    }
}

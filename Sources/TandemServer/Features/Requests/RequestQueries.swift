import Fluent
import SQLKit
import TandemCore
import Vapor

enum RequestQueries {
    static func find(_ id: UUID?, for user: User, on db: any Database) async throws -> MentorRequest {
        guard let id,
              let request = try await MentorRequest.query(on: db)
                .filter(\.$id == id).filter(\.$organisationID == user.organisationID)
                .with(\.$mentee).with(\.$mentor).with(\.$programme).first(),
              request.$mentee.id == user.id || request.$mentor.id == user.id
        else { throw AccessError.notFound(.request) }
        return request
    }

    /// Partners this person cannot ask again right now, with the reason, in one query.
    static func unavailablePartners(for userID: UUID, programmeID: UUID, on db: any Database) async throws -> [UUID: String] {
        let pending = try await MentorRequest.query(on: db)
            .filter(\.$programme.$id == programmeID).filter(\.$mentee.$id == userID)
            .filter(\.$status ~~ [.pending, .accepted]).all()
        return pending.reduce(into: [:]) { map, r in
            map[r.$mentor.id] = r.status == .pending ? "Request sent" : "Already your mentor"
        }
    }

    static func create(from mentee: User, to mentorID: UUID?, in programme: Programme, draft: MentorRequestDraft, on db: any Database) async throws -> MentorRequest {
        let programmeID = try programme.requireID()
        let menteeID = try mentee.requireID()
        let (seeker, offered) = RequestRoles.roles(for: programme.type)
        guard let mentorID,
              let mentorEnrolment = try await Enrolment.query(on: db)
                .filter(\.$programme.$id == programmeID).filter(\.$user.$id == mentorID)
                .filter(\.$role == offered).filter(\.$status == .active).with(\.$user).first(),
              mentorEnrolment.user.organisationID == mentee.organisationID, mentorEnrolment.user.isActive
        else { throw AccessError.notFound(.mentor) }
        let valid = try draft.validate()
        let enrolledAsSeeker = try await Enrolment.query(on: db)
            .filter(\.$programme.$id == programmeID).filter(\.$user.$id == menteeID)
            .filter(\.$role == seeker).filter(\.$status == .active).count() > 0
        guard enrolledAsSeeker else {
            throw EnrolmentError(status: .conflict, code: "enrolment.required", message: "Enrol in this programme as \(seeker.rawValue) before sending requests.")
        }
        let mentor = mentorEnrolment.user
        if !programme.managersMayMentorReports && (mentor.managerID == menteeID || mentee.managerID == mentorID) {
            throw AppError.conflict("request.manager_pair", "People are not matched with their own manager or direct report.")
        }
        let zone = try await ProgrammeQueries.timeZone(of: mentee, on: db)
        let unavailable = try await unavailablePartners(for: menteeID, programmeID: programmeID, on: db)
        let profile = try await ProfileQueries.profile(of: mentor, on: db)
        try MentorRequestRules.check(
            menteeID: menteeID, mentorID: mentorID,
            hasOpenRequest: unavailable[mentorID] == "Request sent",
            hasActiveRelationship: unavailable[mentorID] == "Already your mentor",
            mentorHasSeat: mentorEnrolment.hasFreeSeat && profile.hasFreeSeat,
            requestsOpen: programme.archivedAt == nil
                && ProgrammeRules.areRequestsOpen(mode: programme.mode, phase: programme.phase(at: Date(), in: zone))
        )
        let request = MentorRequest(organisationID: mentee.organisationID, programmeID: programmeID,
                                    menteeID: menteeID, mentorID: mentorID, message: valid.message, hopes: valid.hopes)
        do {
            try await request.save(on: db)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw RequestRuleError.duplicate
        }
        return request
    }
}

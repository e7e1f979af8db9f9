import Fluent
import SQLKit
import TandemCore
import Vapor

/// Everything that changes mentor requests: who may send, accept, decline or withdraw one, the
/// rules (through Core), the seat claims, and the scores a new pair changes. Page and API
/// handlers both call this; neither repeats any of it.
struct RequestService {
    let context: ServiceContext

    /// The requests the actor sent or received, newest first.
    func list() async throws -> [MentorRequest] {
        try await RequestQueries.involving(context.actor, on: context.db)
    }

    func find(_ id: UUID?) async throws -> MentorRequest {
        try await RequestQueries.find(id, for: context.actor, on: context.db)
    }

    /// A mentee (or peer) asks `mentorID` in `programme`. Pending requests hold no seat: seats
    /// are claimed when the mentor accepts (docs/rules.md "Capacity").
    func send(_ draft: MentorRequestDraft, to mentorID: UUID?, in programme: Programme) async throws -> MentorRequest {
        let db = context.db, mentee = context.actor
        let programmeID = try programme.requireID()
        let menteeID = try mentee.requireID()
        let (seeker, _) = RequestRoles.roles(for: programme.type)
        guard let mentorID, let mentorEnrolment = try await RequestQueries.offeringEnrolment(of: mentorID, in: programme, for: mentee, on: db)
        else { throw AccessError.notFound(.mentor) }
        let valid = try draft.validate()
        guard try await RequestQueries.isEnrolled(menteeID, as: seeker, in: programmeID, on: db) else {
            throw EnrolmentError.required(seeker)
        }
        let mentor = mentorEnrolment.user
        if !programme.managersMayMentorReports && (mentor.managerID == menteeID || mentee.managerID == mentorID) {
            throw RequestRuleError.managerPair
        }
        let zone = try await ProgrammeQueries.timeZone(of: mentee, on: db)
        let unavailable = try await RequestQueries.unavailablePartners(for: menteeID, programmeID: programmeID, on: db)
        let profile = try await ProfileQueries.profile(of: mentor, on: db)
        try MentorRequestRules.check(
            menteeID: menteeID, mentorID: mentorID,
            hasOpenRequest: unavailable[mentorID] == .requestSent,
            hasActiveRelationship: unavailable[mentorID] == .alreadyPaired,
            mentorHasSeat: !MentorRoom(programmeCapacity: mentorEnrolment.capacity, programmeSeatsUsed: mentorEnrolment.seatsUsed,
                                       overallCapacity: profile.mentorCapacity, overallSeatsUsed: profile.mentorSeatsUsed).isFull,
            requestsOpen: programme.archivedAt == nil
                && ProgrammeRules.areRequestsOpen(mode: programme.mode, phase: programme.phase(at: Date(), in: zone)),
            openRequests: unavailable.values.filter { $0 == .requestSent }.count,
            maxOpenRequests: programme.maxOpenRequests,
            mentorAway: AwayWindow.isAway(until: profile.availability.awayUntil, at: Date(), in: zone)
        )
        let request = MentorRequest(organisationID: mentee.organisationID, programmeID: programmeID,
                                    menteeID: menteeID, mentorID: mentorID, message: valid.message, hopes: valid.hopes)
        do {
            try await OpenRequestGuard.insert(request, seeker: seeker, limit: programme.maxOpenRequests, on: db)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw RequestRuleError.duplicate
        }
        request.$programme.value = programme
        await notify(.requestReceived, request, to: mentorID, title: "\(mentee.name) asked you to be their mentor in \(programme.name)",
                     body: PartnerNotifications.preview(valid.message),
                     link: "/requests")
        return request
    }

    /// The mentee asks `mentorID` instead, after `id` lapsed: the same message and hopes, and every
    /// rule of `send` (the cap, the mentor's seats, away), so the errors are the usual ones.
    func askInstead(_ id: UUID?, mentorID: UUID?) async throws -> MentorRequest {
        let lapsed = try await find(id)
        guard lapsed.$mentee.id == context.actor.id else { throw AccessError.forbidden }
        guard RequestAlternatives.lapsed(lapsed) else { throw RequestRuleError.notLapsed }
        return try await send(MentorRequestDraft(message: lapsed.message, hopes: lapsed.hopes), to: mentorID, in: lapsed.programme)
    }

    /// The mentor accepts: claims the seats and creates (or joins) the relationship atomically.
    /// - Returns: the request, accepted, with its relationship.
    func accept(_ id: UUID?) async throws -> MentorRequest {
        let request = try await find(id)
        guard request.$mentor.id == context.actor.id else { throw AccessError.forbidden }
        let status = try RequestTransition.apply(.accept, to: request.status)
        let relationshipID = try await Self.pair(request, on: context.db)
        await context.effects.scoresChanged()
        request.status = status
        request.relationshipID = relationshipID
        await notify(.requestAccepted, request, to: request.$mentee.id, title: "\(context.actor.name) accepted your request",
                     body: "Your relationship has started. Agree how often you will meet and set your first goals.",
                     link: "/relationships/\(relationshipID)")
        return request
    }

    /// Settles a pending request as accepted and pairs its two people, in one transaction:
    /// the mentor's seats first, then the answer, then the relationship. No guards and no side
    /// effects: `accept` adds those (the demo seeder calls this directly, `programme` loaded).
    /// - Returns: the relationship's id.
    static func pair(_ request: MentorRequest, on db: any Database) async throws -> UUID {
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
                try await settle(requestID, as: .accept, on: db)
                let relationshipID = try await RelationshipOpening.relationship(programme: programme, mentorID: mentorID, orgID: orgID, on: db)
                try await Membership.join(orgID: orgID, relationshipID: relationshipID, userID: menteeID, role: seeker, on: db)
                try await MentorRequest.query(on: db).filter(\.$id == requestID).set(\.$relationshipID, to: relationshipID).update()
                return relationshipID
            }
        }
    }

    /// The mentor declines, optionally saying why.
    func decline(_ id: UUID?, reason: String?) async throws -> MentorRequest {
        let request = try await find(id)
        guard request.$mentor.id == context.actor.id else { throw AccessError.forbidden }
        let reason = try DeclineReason.validate(reason ?? "")
        try await settle(request, as: .decline, reason: reason)
        await notify(.requestDeclined, request, to: request.$mentee.id, title: "\(context.actor.name) declined your request",
                     body: reason.map { "They said: \($0)" } ?? "You can ask another mentor: browse who still has room.",
                     link: "/requests")
        return request
    }

    /// The mentee takes the request back.
    func withdraw(_ id: UUID?) async throws -> MentorRequest {
        let request = try await find(id)
        guard request.$mentee.id == context.actor.id else { throw AccessError.forbidden }
        try await settle(request, as: .withdraw, reason: nil)
        await notify(.requestWithdrawn, request, to: request.$mentor.id, title: "\(context.actor.name) withdrew their request",
                     body: "Nothing more to do: the request is closed.", link: "/requests")
        return request
    }

    private func notify(_ kind: NotificationKind, _ request: MentorRequest, to userID: UUID, title: String, body: String, link: String) async {
        guard let id = request.id else { return }
        await context.effects.notify([NotificationDraft(
            organisationID: request.organisationID, userID: userID, kind: kind, title: title, body: body, link: link,
            dedupeKey: "\(kind.rawValue):\(id)")])
    }

    private func settle(_ request: MentorRequest, as action: RequestAction, reason: String?) async throws {
        let status = try RequestTransition.apply(action, to: request.status)
        try await Self.settle(try request.requireID(), as: action, reason: reason, on: context.db)
        request.status = status
        request.declineReason = reason
    }

    /// `RequestTransition`'s rule once more, as a conditional UPDATE: of two answers sent at
    /// once, only the first finds the request still pending.
    private static func settle(_ id: UUID, as action: RequestAction, reason: String? = nil, on db: any Database) async throws {
        let settled = try await (db as! any SQLDatabase).raw("""
            UPDATE mentor_requests SET status = \(bind: action.resultingStatus.rawValue), decline_reason = \(bind: reason),
                decided_at = \(bind: Date())
            WHERE id = \(bind: id) AND status = \(bind: RequestStatus.pending.rawValue) RETURNING id
            """).first()
        guard settled != nil else { throw RequestRuleError.notPending }
    }
}

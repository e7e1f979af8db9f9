import Fluent
import SQLKit
import TandemCore
import Vapor

/// One approval's progress, pair by pair, inside the approval's transaction.
struct MatchApprovalStep {
    let db: any Database
    let programme: Programme
    let programmeID: UUID
    let orgID: UUID
    let isPeerPool: Bool
    let seeker: EnrolmentRole
    let offered: EnrolmentRole
    /// People now active in the organisation and enrolled in the programme, by role.
    let enrolled: [EnrolmentRole: Set<UUID>]
    /// People already in an active relationship of this programme before this approval.
    let taken: Set<UUID>
    private(set) var relationshipOf: [UUID: UUID] = [:]
    private(set) var created = 0
    private(set) var skipped: [SkippedMatch] = []

    init(programme: Programme, proposal: MatchProposal, admin: User, on db: any Database) async throws {
        self.db = db
        self.programme = programme
        self.programmeID = try programme.requireID()
        self.orgID = admin.organisationID
        self.isPeerPool = proposal.isPeerPool
        let roles = RequestRoles.roles(for: programme.type)
        seeker = roles.seeker
        offered = roles.offered
        var people = Set(proposal.pairs.flatMap { [$0.menteeID, $0.mentorID] })
        if let trio = proposal.trio { people.insert(trio.thirdID) }
        let active = Set(try await User.query(on: db).filter(\.$id ~~ people).filter(\.$isActive == true).all(\.$id))
        let enrolments = try await Enrolment.query(on: db).filter(\.$programme.$id == programmeID)
            .filter(\.$user.$id ~~ active).filter(\.$status == .active).all()
        enrolled = enrolments.reduce(into: [:]) { $0[$1.role, default: []].insert($1.$user.id) }
        taken = try await MatchRunQueries.alreadyMatched(programmeID: programmeID, on: db)
    }

    mutating func apply(_ pair: MatchProposal.Pair) async throws {
        let names = "\(pair.menteeName) and \(pair.mentorName)"
        if let reason = problem(pair) {
            skipped.append(SkippedMatch(names: names, reason: reason, menteeID: pair.menteeID))
            return
        }
        let programme = programme, programmeID = programmeID, orgID = orgID, seeker = seeker, offered = offered, isPeerPool = isPeerPool
        let relationshipID: UUID? = try await allOrNothing {
            try await SeatClaims.claimProgrammeSeat(programmeID: programmeID, userID: pair.mentorID, role: offered.rawValue, on: $0)
            try await SeatClaims.claimPersonalSeat(userID: pair.mentorID, on: $0)
            // Peers each take a partner, so both hold a seat in the programme.
            if isPeerPool {
                try await SeatClaims.claimProgrammeSeat(programmeID: programmeID, userID: pair.menteeID, role: seeker.rawValue, on: $0)
            }
            // A group mentor's mentees join one circle; other types get a relationship per pair.
            let id = try await RelationshipOpening.relationship(programme: programme, mentorID: pair.mentorID, orgID: orgID, on: $0)
            try await Membership.join(orgID: orgID, relationshipID: id, userID: pair.menteeID, role: seeker, on: $0)
            return id
        }
        guard let relationshipID else {
            skipped.append(SkippedMatch(names: names, reason: "No free seat is left for this pair any more.", menteeID: pair.menteeID))
            return
        }
        relationshipOf[pair.menteeID] = relationshipID
        relationshipOf[pair.mentorID] = relationshipID
        created += 1
    }

    mutating func apply(_ trio: MatchProposal.Trio) async throws {
        guard let relationshipID = relationshipOf[trio.pairFirstID] ?? relationshipOf[trio.pairSecondID] else {
            skipped.append(SkippedMatch(names: trio.thirdName, reason: "The pair \(trio.thirdName) was to join was not created."))
            return
        }
        if let reason = problem(person: trio.thirdID, name: trio.thirdName, role: seeker) {
            skipped.append(SkippedMatch(names: trio.thirdName, reason: reason))
            return
        }
        let programmeID = programmeID, orgID = orgID, seeker = seeker
        let joined: Bool? = try await allOrNothing {
            try await SeatClaims.claimProgrammeSeat(programmeID: programmeID, userID: trio.thirdID, role: seeker.rawValue, on: $0)
            try await Membership.join(orgID: orgID, relationshipID: relationshipID, userID: trio.thirdID, role: seeker, on: $0)
            return true
        }
        if joined == nil {
            skipped.append(SkippedMatch(names: trio.thirdName, reason: "\(trio.thirdName) has no free seat any more."))
        }
    }

    /// Why the pair no longer holds, before any seat is touched; nil when it still does.
    private func problem(_ pair: MatchProposal.Pair) -> String? {
        if let reason = problem(person: pair.menteeID, name: pair.menteeName, role: seeker) { return reason }
        if isPeerPool { return problem(person: pair.mentorID, name: pair.mentorName, role: offered) }
        if enrolled[offered]?.contains(pair.mentorID) != true { return "\(pair.mentorName) is no longer active or enrolled as a mentor." }
        return nil
    }

    private func problem(person id: UUID, name: String, role: EnrolmentRole) -> String? {
        if enrolled[role]?.contains(id) != true { return "\(name) is no longer active or enrolled in this programme." }
        if taken.contains(id) { return "\(name) was matched since this run." }
        if relationshipOf[id] != nil { return "\(name) is already in another pair of this approval." }
        return nil
    }

    /// Runs `body` inside a savepoint: a full seat rolls back just this pair's claims and rows.
    /// - Returns: the body's value, or nil when a seat was full.
    private func allOrNothing<T>(_ body: (any Database) async throws -> T) async throws -> T? {
        let sql = db as! any SQLDatabase
        try await sql.raw("SAVEPOINT match_pair").run()
        do {
            let value = try await body(db)
            try await sql.raw("RELEASE SAVEPOINT match_pair").run()
            return value
        } catch RequestRuleError.atCapacity {
            try await sql.raw("ROLLBACK TO SAVEPOINT match_pair").run()
            try await sql.raw("RELEASE SAVEPOINT match_pair").run()
            return nil
        }
    }
}

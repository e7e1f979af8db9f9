import Fluent
import Foundation
import TandemCore

/// Who is in a set of programmes: active enrolments of active people, and the members of active
/// relationships with whether each has had a check-in. Loaded in three queries whatever the
/// number of programmes, people or pairs, so the due computation never goes N+1.
struct PlanRoster: Sendable {
    struct Person: Sendable {
        let userID: UUID
        let name: String
        let email: String
        var roles: Set<EnrolmentRole>
    }

    struct Member: Sendable {
        let userID: UUID
        let name: String
        let email: String
        let role: EnrolmentRole
        let isActive: Bool
    }

    struct Pair: Sendable {
        let relationshipID: UUID
        let startedAt: Date
        var members: [Member]
        var hasCheckIn: Bool
    }

    /// Programme → user → person, in name order within each programme.
    var people: [UUID: [UUID: Person]] = [:]
    /// Programme → its active relationships.
    var pairs: [UUID: [Pair]] = [:]

    static func load(programmeIDs: [UUID], on db: any Database) async throws -> PlanRoster {
        var roster = PlanRoster()
        guard !programmeIDs.isEmpty else { return roster }
        let enrolments = try await Enrolment.query(on: db)
            .join(User.self, on: \Enrolment.$user.$id == \User.$id)
            .filter(\.$programme.$id ~~ programmeIDs).filter(\.$status == .active).filter(User.self, \.$isActive == true)
            .all()
        for e in enrolments {
            let user = try e.joined(User.self)
            let userID = try user.requireID()
            roster.people[e.$programme.id, default: [:]][userID, default: Person(userID: userID, name: user.name, email: user.email, roles: [])]
                .roles.insert(e.role)
        }
        let members = try await RelationshipMember.query(on: db)
            .join(Relationship.self, on: \RelationshipMember.$relationship.$id == \Relationship.$id)
            .join(User.self, on: \RelationshipMember.$user.$id == \User.$id)
            .filter(Relationship.self, \.$programme.$id ~~ programmeIDs).filter(Relationship.self, \.$status == .active)
            .filter(\.$leftAt == nil)
            .sort(Relationship.self, \.$startedAt).sort(Relationship.self, \.$id).sort(User.self, \.$name)
            .all()
        let checkedIn = Set(try await Meeting.query(on: db)
            .join(Relationship.self, on: \Meeting.$relationshipID == \Relationship.$id)
            .filter(Relationship.self, \.$programme.$id ~~ programmeIDs).filter(Relationship.self, \.$status == .active)
            .filter(\.$status == .held).unique().all(\.$relationshipID))
        var index: [UUID: (programme: UUID, position: Int)] = [:]
        for m in members {
            let r = try m.joined(Relationship.self)
            let user = try m.joined(User.self)
            let rid = try r.requireID()
            let member = Member(userID: try user.requireID(), name: user.name, email: user.email, role: m.role, isActive: user.isActive)
            if let at = index[rid] {
                roster.pairs[at.programme]![at.position].members.append(member)
            } else {
                let programmeID = r.$programme.id
                index[rid] = (programmeID, roster.pairs[programmeID, default: []].count)
                roster.pairs[programmeID, default: []].append(
                    Pair(relationshipID: rid, startedAt: r.startedAt, members: [member], hasCheckIn: checkedIn.contains(rid)))
            }
        }
        return roster
    }
}

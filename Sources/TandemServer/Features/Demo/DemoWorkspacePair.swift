import Fluent
import Foundation
import TandemCore

/// Pairs for the workspace demo, made the way people make them: a request, then an accept.
enum DemoWorkspacePair {
    static func make(mentee: User, mentor: User, in programme: Programme, message: String, on db: any Database) async throws -> Relationship {
        let request = MentorRequest(organisationID: mentee.organisationID, programmeID: try programme.requireID(), menteeID: try mentee.requireID(),
                                    mentorID: try mentor.requireID(), message: message, hopes: "Learn from each other.")
        try await request.save(on: db)
        request.$programme.value = programme
        let id = try await RequestService.pair(request, on: db)
        guard let r = try await Relationship.query(on: db).filter(\.$id == id).with(\.$programme).with(\.$members).first()
        else { throw DemoError(description: "The demo pair was not created.") }
        return r
    }

    static func backdate(_ r: Relationship, days: Int, on db: any Database) async throws {
        r.startedAt = DemoWorkspace.at(days: -days, hour: 9)
        try await r.save(on: db)
    }

    /// An enrolment made directly: the demo may enrol people after a formal programme's
    /// enrolment phase, which the product itself does not allow.
    static func enrol(_ user: User, in programme: Programme, as role: EnrolmentRole, on db: any Database) async throws {
        let exists = try await Enrolment.query(on: db).filter(\.$programme.$id == programme.requireID())
            .filter(\.$user.$id == user.requireID()).filter(\.$role == role).first()
        guard exists == nil else { return }
        try await Enrolment(organisationID: user.organisationID, programmeID: try programme.requireID(), userID: try user.requireID(),
                            role: role, capacity: programme.defaultCapacity, answers: [], sortName: user.name).save(on: db)
    }

    /// Six more pairs in the programme, so each side of the survey has more than 5 answers (the
    /// anonymity threshold). In reverse mentoring the junior person is the mentor.
    static func otherPairs(users: [User], in programme: Programme, excluding pair: Relationship, on db: any Database) async throws -> [Relationship] {
        let taken = Set(pair.memberIDs)
        let juniors = users.indices.filter { $0 > 2 && DemoPeople.all[$0].seniority <= 3 }.map { users[$0] }.filter { !taken.contains($0.id ?? UUID()) }
        let seniors = users.indices.filter { $0 > 2 && DemoPeople.all[$0].seniority >= 7 }.map { users[$0] }.filter { !taken.contains($0.id ?? UUID()) }
        var made: [Relationship] = []
        for (mentor, mentee) in zip(juniors, seniors) where made.count < 6 && mentee.managerID != mentor.id && mentor.managerID != mentee.id {
            try await enrol(mentor, in: programme, as: .mentor, on: db)
            try await enrol(mentee, in: programme, as: .mentee, on: db)
            guard let r = try? await make(mentee: mentee, mentor: mentor, in: programme, message: "Could you show me how you work?", on: db)
            else { continue }
            try await backdate(r, days: 90 - made.count * 3, on: db)
            made.append(r)
        }
        return made
    }

    static func pairs(in programme: Programme, excluding pair: Relationship, on db: any Database) async throws -> [Relationship] {
        try await Relationship.query(on: db).filter(\.$programme.$id == programme.requireID()).filter(\.$id != pair.requireID())
            .with(\.$programme).with(\.$members).all()
    }

    /// A finished reverse-mentoring pair: a junior taught a senior, both reflected, it is archived.
    static func closedReversePair(users: [User], in programme: Programme, on db: any Database) async throws {
        guard let junior = users.indices.first(where: { $0 > 2 && DemoPeople.all[$0].seniority <= 2 }),
              let senior = users.indices.last(where: { $0 > 2 && DemoPeople.all[$0].seniority >= 8 })
        else { return }
        let r = Relationship(organisationID: programme.organisationID, programmeID: try programme.requireID(),
                             startedAt: DemoWorkspace.at(days: -200, hour: 9))
        r.cadence = .monthly
        r.status = .closed
        r.closedAt = DemoWorkspace.at(days: -20, hour: 12)
        try await r.create(on: db)
        let rid = try r.requireID()
        try await RelationshipMember(organisationID: r.organisationID, relationshipID: rid, userID: try users[junior].requireID(), role: .mentor).create(on: db)
        try await RelationshipMember(organisationID: r.organisationID, relationshipID: rid, userID: try users[senior].requireID(), role: .mentee).create(on: db)
        try await Reflection(organisationID: r.organisationID, relationshipID: rid, userID: try users[junior].requireID(),
                             learned: "How a director weighs trade-offs, and that my questions are welcome.",
                             partnerLearned: "Shortcuts in our analytics tools and how my generation finds information.",
                             nextSteps: "Keep a monthly coffee.").create(on: db)
        try await Reflection(organisationID: r.organisationID, relationshipID: rid, userID: try users[senior].requireID(),
                             learned: "Much faster ways to explore data, and to ask for help sooner.",
                             partnerLearned: "How decisions get made above team level.", nextSteps: "").create(on: db)
    }
}

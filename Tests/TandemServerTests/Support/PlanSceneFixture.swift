import Fluent
import Foundation
import TandemCore
import Vapor
@testable import TandemServer

/// A formal programme in Pacific/Auckland with fixed dates in 2030, mentors Ann and Bob, mentees
/// Cy, Di and Ed, and a peer-free two-sided shape: Ann–Cy matched and met, Bob–Di matched and not
/// met, Ed unmatched. The plan starts empty; tests add the messages they need.
struct PlanScene {
    static let zone = TimeZone(identifier: "Pacific/Auckland")!
    static let schedule = ProgrammeSchedule(
        enrolmentStarts: LocalDate(iso: "2030-02-01")!, matchingStarts: LocalDate(iso: "2030-02-15")!,
        activeStarts: LocalDate(iso: "2030-03-01")!, closingStarts: LocalDate(iso: "2030-04-01")!, endsOn: LocalDate(iso: "2030-04-15")!)
    /// Both pairs were matched at 10:00 on 2 Mar 2030, Auckland time.
    static let matchedAt = local(2030, 3, 2, 10)

    let fixtures: Fixtures
    let org: Organisation
    let admin: User
    let programme: Programme
    let ann: User, bob: User, cy: User, di: User, ed: User
    let metPair: UUID
    let unmetPair: UUID

    var app: Application { fixtures.app }
    var programmeID: UUID { programme.id! }

    static func local(_ y: Int, _ m: Int, _ d: Int, _ h: Int = 0, _ min: Int = 0, _ s: Int = 0) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.date(from: DateComponents(year: y, month: m, day: d, hour: h, minute: min, second: s))!
    }

    static func make(_ fixtures: Fixtures, orgName: String = "Kiwi") async throws -> PlanScene {
        let org = try await fixtures.organisation(orgName)
        org.timeZone = zone.identifier
        try await org.save(on: fixtures.app.db)
        let admin = try await fixtures.user(in: org, name: "Ada Admin", role: .admin)
        let programme = Programme(organisationID: try org.requireID())
        let s = schedule
        programme.apply(try ProgrammeDraft(
            name: "Cohort 2030", description: "", type: "one_to_one", mode: "formal", defaultCapacity: "2", questions: "",
            enrolmentStarts: s.enrolmentStarts.iso, matchingStarts: s.matchingStarts.iso, activeStarts: s.activeStarts.iso,
            closingStarts: s.closingStarts.iso, endsOn: s.endsOn.iso).validate())
        try await programme.save(on: fixtures.app.db)
        var people: [User] = []
        for (name, role) in [("Ann Mentor", EnrolmentRole.mentor), ("Bob Mentor", .mentor), ("Cy Mentee", .mentee),
                             ("Di Mentee", .mentee), ("Ed Mentee", .mentee)] {
            let user = try await fixtures.user(in: org, name: name)
            try await fixtures.enrol(user, in: programme, as: role)
            people.append(user)
        }
        let met = try await pair(people[0], people[2], in: programme, on: fixtures.app.db)
        let unmet = try await pair(people[1], people[3], in: programme, on: fixtures.app.db)
        try await held(in: met, by: people[0], on: fixtures.app.db)
        return PlanScene(fixtures: fixtures, org: org, admin: admin, programme: programme,
                         ann: people[0], bob: people[1], cy: people[2], di: people[3], ed: people[4], metPair: met, unmetPair: unmet)
    }

    static func pair(_ mentor: User, _ mentee: User, in programme: Programme, at: Date = matchedAt, on db: any Database) async throws -> UUID {
        let r = Relationship(organisationID: programme.organisationID, programmeID: try programme.requireID(), startedAt: at)
        try await r.create(on: db)
        for (user, role) in [(mentor, EnrolmentRole.mentor), (mentee, .mentee)] {
            try await RelationshipMember(organisationID: programme.organisationID, relationshipID: try r.requireID(),
                                         userID: try user.requireID(), role: role).create(on: db)
        }
        return try r.requireID()
    }

    static func held(in relationshipID: UUID, by user: User, on db: any Database) async throws {
        let valid = ValidMeeting(startsAt: matchedAt.addingTimeInterval(86_400), timeZone: zone, durationMinutes: 30,
                                 format: .call, link: nil, agenda: "")
        let meeting = Meeting(organisationID: user.organisationID, relationshipID: relationshipID, createdBy: try user.requireID(),
                              meeting: valid, status: .held)
        try await meeting.create(on: db)
    }

    /// A plan message planned long before 2030, so nothing is skipped as planned too late.
    @discardableResult
    func message(_ event: PlanEvent, offset: Int = 0, to audience: PlanAudience, subject: String = "Hello {{first_name}}",
                 body: String = "Meet {{partner}} in {{programme}}: {{link}}", plannedAt: Date = PlanScene.local(2029, 1, 1)) async throws -> PlanMessage {
        let valid = ValidPlanMessage(trigger: PlanTrigger(event, offsetDays: offset), audience: audience, subject: subject,
                                     body: body, channels: [.inApp, .email])
        let count = try await PlanMessage.query(on: app.db).filter(\.$programme.$id == programmeID).count()
        let message = PlanMessage(organisationID: programme.organisationID, programmeID: programmeID, message: valid,
                                  position: count, plannedAt: plannedAt)
        try await message.create(on: app.db)
        return message
    }
}

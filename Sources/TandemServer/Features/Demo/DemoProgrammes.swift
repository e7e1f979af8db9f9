import Fluent
import Foundation
import SQLKit
import TandemCore

/// The demo's programmes, dated relative to today, with enrolments and requests in every state.
enum DemoProgrammes {
    struct Set {
        let open: Programme
        let reverse: Programme
        let circles: Programme
        let peer: Programme
        let coMentoring: Programme
        let cohort: Programme
    }

    static func day(_ offset: Int) -> String {
        let date = Calendar(identifier: .gregorian).date(byAdding: .day, value: offset, to: Date())!
        let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "Europe/London")!, from: date)
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }

    static func create(org: Organisation, on db: any Database) async throws -> Set {
        func make(_ draft: ProgrammeDraft) async throws -> Programme {
            let programme = Programme(organisationID: try org.requireID())
            programme.apply(try draft.validate())
            try await programme.save(on: db)
            return programme
        }
        return Set(
            open: try await make(ProgrammeDraft(
                name: "Open mentoring", description: "Find a mentor any time. Browse, ask, and start learning together.",
                type: "one_to_one", mode: "informal", defaultCapacity: "3",
                questions: "What would you like to get out of mentoring?\nHow often would you like to meet?")),
            reverse: try await make(ProgrammeDraft(
                name: "Reverse mentoring: digital skills",
                description: "Early-career colleagues mentor senior leaders on digital tools and new ways of working.",
                type: "reverse", mode: "formal", defaultCapacity: "1",
                enrolmentStarts: day(-130), matchingStarts: day(-110), activeStarts: day(-100), closingStarts: day(20), endsOn: day(40))),
            circles: try await make(ProgrammeDraft(
                name: "Leadership circles", description: "A senior leader guides a circle of up to five emerging leaders for a quarter.",
                type: "group", mode: "formal", defaultCapacity: "5", questions: "Which leadership challenge do you want to work on?",
                enrolmentStarts: day(-5), matchingStarts: day(14), activeStarts: day(28), closingStarts: day(110), endsOn: day(125))),
            peer: try await make(ProgrammeDraft(
                name: "Peer learning lab", description: "Pair up with a colleague at a similar stage and learn side by side.",
                type: "peer", mode: "informal", defaultCapacity: "1")),
            coMentoring: try await make(ProgrammeDraft(
                name: "Co-mentoring exchange", description: "Two colleagues each teach the other a skill.",
                type: "co_mentoring", mode: "informal", defaultCapacity: "1")),
            cohort: try await make(ProgrammeDraft(
                name: "Graduate mentoring cohort",
                description: "This year's graduates each get a mentor for six months. Enrolment has closed; the admin runs the match.",
                type: "one_to_one", mode: "formal", defaultCapacity: "2",
                questions: "What do you most want to learn in your first year?",
                enrolmentStarts: day(-21), matchingStarts: day(-2), activeStarts: day(12), closingStarts: day(160), endsOn: day(180)))
        )
    }

    static func enrol(users: [User], programmes: Set, on db: any Database) async throws {
        func add(_ user: User, _ programme: Programme, _ role: EnrolmentRole) async throws {
            try await Enrolment(organisationID: user.organisationID, programmeID: try programme.requireID(),
                                userID: try user.requireID(), role: role, capacity: programme.defaultCapacity,
                                answers: [], sortName: user.name).save(on: db)
        }
        for (i, user) in users.enumerated() {
            let seniority = DemoPeople.all[i].seniority
            if i != 0 { try await add(user, programmes.open, seniority >= 5 ? .mentor : .mentee) }
            if seniority <= 3 && i % 3 == 0 { try await add(user, programmes.reverse, .mentor) }
            if seniority >= 7 && i % 2 == 1 { try await add(user, programmes.reverse, .mentee) }
            if seniority >= 8 && i % 3 == 0 { try await add(user, programmes.circles, .mentor) }
            if (4...6).contains(seniority) && i % 2 == 0 { try await add(user, programmes.circles, .mentee) }
            if i % 5 == 1 { try await add(user, programmes.peer, .peer) }
            if i % 6 == 2 { try await add(user, programmes.coMentoring, .peer) }
            if i > 2 && seniority <= 4 { try await add(user, programmes.cohort, .mentee) }
            if i > 2 && seniority >= 6 && i % 2 == 1 { try await add(user, programmes.cohort, .mentor) }
        }
    }

    /// Pending requests for the demo mentor, one unanswered request from the demo mentee,
    /// and a few accepted pairs so dashboards have relationships.
    static func requests(users: [User], programmes: Set, on db: any Database) async throws {
                let mentors = users.indices.filter { $0 > 2 && DemoPeople.all[$0].seniority >= 5 }
        let mentees = users.indices.filter { $0 > 2 && DemoPeople.all[$0].seniority < 5 }
        func request(_ mentee: Int, _ mentor: Int, _ message: String, in programme: Programme? = nil) async throws -> MentorRequest {
            let r = MentorRequest(organisationID: users[0].organisationID, programmeID: try (programme ?? programmes.open).requireID(), menteeID: try users[mentee].requireID(),
                                  mentorID: try users[mentor].requireID(), message: message,
                                  hopes: "Grow in \(DemoPeople.all[mentee].wanted.split(separator: ":").first ?? "my role").")
            try await r.save(on: db)
            r.$programme.value = programme ?? programmes.open
            return r
        }
        // The demo mentee already learns with a peer; the demo mentor already mentors someone.
        let peerRequest = try await request(1, 6, "Shall we learn together?", in: programmes.peer)
        _ = try await RequestService.pair(peerRequest, on: db)
        if let mentee = mentees.last, users[mentee].managerID != users[2].id {
            _ = try await RequestService.pair(try await request(mentee, 2, "Could you help me grow as an engineer?"), on: db)
        }
        for mentee in mentees.prefix(2) where users[mentee].managerID != users[2].id {
            _ = try await request(mentee, 2, "Hi Maria, I admire how you run engineering reviews. Could you mentor me?")
        }
        // Ben's request nobody answers: sent three days ago, it expires in two (`jobs run-due --now`
        // a few days ahead shows it), and Ben is then offered the next best mentors.
        let unanswered = try await request(1, mentors[0], "Hello! I would love your help with my first leadership steps.")
        let threeDaysAgo = Date().addingTimeInterval(-3 * 86_400)
        try await (db as! any SQLDatabase).raw(
            "UPDATE mentor_requests SET created_at = \(bind: threeDaysAgo) WHERE id = \(bind: try unanswered.requireID())").run()
        for (mentee, mentor) in zip(mentees.dropFirst(2).prefix(4), mentors.dropFirst(1))
            where users[mentee].managerID != users[mentor].id
        {
            let r = try await request(mentee, mentor, "Would you be my mentor this quarter?")
            _ = try await RequestService.pair(r, on: db)
        }
    }
}

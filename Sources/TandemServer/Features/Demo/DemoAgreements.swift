import Fluent
import Foundation
import TandemCore

/// The agreement part of the demo: every running pair and circle has an agreement in force (at
/// the cadence it already had, so the demo's health states stay as they were), and one new pair
/// shows the first step: Maria's new mentee proposed a weekly agreement, which waits for Maria.
enum DemoAgreements {
    static func create(users: [User], programmes: DemoProgrammes.Set, on db: any Database) async throws {
        let benID = try users[1].requireID(), mariaID = try users[2].requireID()
        let running = try await Relationship.query(on: db).filter(\.$organisationID == users[2].organisationID)
            .filter(\.$status == .active).with(\.$programme).with(\.$members).all()
        for r in running {
            let members = r.members.filter { $0.leftAt == nil }.map { $0.$user.id }
            var hopes: [UUID: MemberHopes] = [:]
            if Set(members) == [benID, mariaID] {
                hopes[benID] = MemberHopes(gives: "Short-video skills and the tools my team uses every day.",
                                                         gets: "Practice at teaching, and how decisions are made above team level.")
                hopes[mariaID] = MemberHopes(gives: "How I structure talks and run engineering reviews.",
                                                           gets: "Confidence with short videos and new digital tools.")
            }
            try await inForce(r, members: members, hopes: hopes, on: db)
        }
        try await awaitingMaria(users: users, in: programmes.open, on: db)
    }

    /// Version 1 from the programme's template at the pair's own cadence, confirmed by everyone
    /// the day after the pair started.
    static func inForce(_ r: Relationship, members: [UUID], hopes: [UUID: MemberHopes], on db: any Database) async throws {
        guard let proposer = members.first else { return }
        let agreed = r.startedAt.addingTimeInterval(86_400)
        let version = AgreementVersion(relationship: r, number: 1, terms: terms(r, hopes: hopes), proposedBy: proposer,
                                       followsInForce: false, at: r.startedAt)
        version.inForceAt = agreed
        try await save(version, hopes: hopes, confirmedBy: members, at: agreed, on: db)
    }

    /// A pair that started two days ago: the mentee proposed a weekly agreement; Maria's
    /// workspace shows it as the first step, and confirming it makes the cadence weekly.
    static func awaitingMaria(users: [User], in open: Programme, on db: any Database) async throws {
        let maria = users[2]
        let taken = try await MentorRequest.query(on: db).filter(\.$programme.$id == open.requireID()).all(\.$mentee.$id)
        guard let mentee = users.indices.filter({ $0 > 2 && DemoPeople.all[$0].seniority < 5 }).map({ users[$0] })
            .first(where: { !taken.contains($0.id ?? UUID()) && $0.managerID != maria.id && maria.managerID != $0.id })
        else { return }
        // One more seat for Maria, so the requests waiting for her can all still be accepted.
        try await Enrolment.query(on: db).filter(\.$programme.$id == open.requireID()).filter(\.$user.$id == maria.requireID())
            .filter(\.$role == .mentor).set(\.$capacity, to: 4).update()
        try await Profile.query(on: db).filter(\.$userID == maria.requireID()).set(\.$mentorCapacity, to: 7).update()
        let r = try await DemoWorkspacePair.make(mentee: mentee, mentor: maria, in: open,
                                                 message: "Hi Maria, could you help me find my feet in engineering?", on: db)
        try await DemoWorkspacePair.backdate(r, days: 2, on: db)
        let menteeID = try mentee.requireID()
        var terms = terms(r, hopes: [menteeID: MemberHopes(gives: "A fresh pair of eyes on how the team onboards people.",
                                                           gets: "Confidence in code reviews, and a map of who does what.")])
        terms.rhythm = CheckInRhythm(cadence: .weekly)
        let proposed = DemoWorkspace.at(days: -1, hour: 15)
        let version = AgreementVersion(relationship: r, number: 1, terms: terms, proposedBy: menteeID, followsInForce: false, at: proposed)
        try await save(version, hopes: terms.hopes, confirmedBy: [menteeID], at: proposed, on: db)
        let note = AppNotification()
        note.organisationID = r.organisationID
        note.userID = try maria.requireID()
        note.kind = .agreementProposed
        note.title = "\(mentee.name) proposed a mentoring agreement"
        note.body = "Read it and confirm it, so it comes into force. You can also suggest changes."
        note.link = "/relationships/\(try r.requireID())/agreement"
        note.dedupeKey = "agreement_proposed:demo:\(try r.requireID())"
        note.createdAt = proposed
        try await note.create(on: db)
    }

    static func terms(_ r: Relationship, hopes: [UUID: MemberHopes]) -> AgreementTerms {
        let template = r.programme.agreementTemplate
        return AgreementTerms(rhythm: r.rhythm, format: template.format, hopes: hopes, confidentiality: template.confidentiality,
                              feedback: template.feedback,
                              reviewOn: LocalDate(date: Date(), in: DemoWorkspace.zone).adding(days: 45))
    }

    static func save(_ version: AgreementVersion, hopes: [UUID: MemberHopes], confirmedBy: [UUID], at: Date, on db: any Database) async throws {
        try await version.create(on: db)
        for (userID, h) in hopes {
            try await AgreementHope(organisationID: version.organisationID, versionID: try version.requireID(), userID: userID, hopes: h).create(on: db)
        }
        for userID in confirmedBy {
            try await AgreementConfirmation(version: version, userID: userID, at: at).create(on: db)
        }
    }
}

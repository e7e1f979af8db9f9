import Fluent
import Foundation
import SQLKit
import TandemCore

/// The risk console part of the demo, in the reverse-mentoring programme: besides the pairs that
/// never met (stalled), one pair is at risk with an overdue check-in and has been escalated to the
/// admins (nudged 16 days ago, alerted 2 days ago, both on its timeline, and an alert in Ada's
/// bell), one is at risk because only the mentor has been active lately, and one is healthy.
enum DemoRisk {
    static func create(_ pairs: [Relationship], admin: User, on db: any Database) async throws {
        guard pairs.count >= 4 else { return }
        let (escalated, lopsided, healthy) = (pairs[1], pairs[2], pairs[3])
        try await checkIn(escalated, daysAgo: 20, confirmedDaysLater: 1, on: db)
        try await checkIn(lopsided, daysAgo: 10, confirmedDaysLater: nil, on: db)
        try await message(lopsided, from: .mentor, daysAgo: 3, "Did you get a chance to look at the article I sent?", on: db)
        try await checkIn(healthy, daysAgo: 5, confirmedDaysLater: 1, on: db)
        try await message(healthy, from: .mentee, daysAgo: 2, "Thanks for today, see you in two weeks!", on: db)
        for r in [escalated, lopsided, healthy] { try await DemoWorkspacePair.backdate(r, days: 40, on: db) }
        try await escalate(escalated, admin: admin, on: db)
    }

    static func member(_ r: Relationship, _ role: EnrolmentRole) -> UUID? {
        r.members.first { $0.role == role }?.$user.id
    }

    /// A held check-in logged by the mentor, confirmed by the mentee a day later (or not at all).
    static func checkIn(_ r: Relationship, daysAgo: Int, confirmedDaysLater: Int?, on db: any Database) async throws {
        guard let mentor = member(r, .mentor) else { return }
        let zone = DemoWorkspace.zone
        let starts = DemoWorkspace.at(days: -daysAgo, hour: 11)
        let valid = try MeetingDraft(date: DateText.inputs(starts, timeZone: zone).date, time: "11:00", timeZone: zone.identifier,
                                     durationMinutes: "45", format: MeetingFormat.video.rawValue, agenda: "")
            .validate(defaultTimeZone: zone, now: Date(), mustBeInFuture: false)
        let meeting = Meeting(organisationID: r.organisationID, relationshipID: try r.requireID(), createdBy: mentor, meeting: valid, status: .held)
        meeting.loggedBy = mentor
        if let later = confirmedDaysLater {
            meeting.confirmedBy = member(r, .mentee)
            meeting.confirmedAt = DemoWorkspace.at(days: -daysAgo + later, hour: 9)
        }
        try await meeting.create(on: db)
        // Logged on the day it was held, as a person would have.
        let logged = starts.addingTimeInterval(3600)
        try await (db as! any SQLDatabase).raw("""
            UPDATE meetings SET created_at = \(bind: logged), updated_at = \(bind: logged) WHERE id = \(bind: try meeting.requireID())
            """).run()
    }

    static func message(_ r: Relationship, from role: EnrolmentRole, daysAgo: Int, _ text: String, on db: any Database) async throws {
        guard let author = member(r, role) else { return }
        try await Message(organisationID: r.organisationID, relationshipID: try r.requireID(), authorID: author, body: text,
                          at: DemoWorkspace.at(days: -daysAgo, hour: 15)).create(on: db)
    }

    /// The escalation ladder as the sweep would have climbed it, with the admin's alert.
    static func escalate(_ r: Relationship, admin: User, on db: any Database) async throws {
        let nudged = DemoWorkspace.at(days: -16, hour: 8), alerted = DemoWorkspace.at(days: -2, hour: 8)
        r.riskNudgedAt = nudged
        r.riskEscalatedAt = alerted
        try await r.save(on: db)
        let reasons = "The next check-in is overdue."
        try await RelationshipTimeline.record(.nudged, on: r, details: reasons, actor: nil, at: nudged, on: db)
        try await RelationshipTimeline.record(.escalated, on: r, details: reasons, actor: nil, at: alerted, on: db)
        let withUsers = try await Relationship.query(on: db).filter(\.$id == r.requireID()).with(\.$programme)
            .with(\.$members) { $0.with(\.$user) }.first()
        guard let withUsers, let draft = RiskNotices.alerts(withUsers, assessment: HealthAssessment(
            health: .atRisk, reasons: [HealthReason(.checkInOverdue, reasons)]), admins: [try admin.requireID()], now: alerted).first
        else { return }
        let alert = AppNotification()
        alert.organisationID = draft.organisationID
        alert.userID = draft.userID
        alert.kind = draft.kind
        alert.title = draft.title
        alert.body = draft.body
        alert.link = draft.link
        alert.dedupeKey = draft.dedupeKey
        alert.createdAt = alerted
        try await alert.create(on: db)
    }
}

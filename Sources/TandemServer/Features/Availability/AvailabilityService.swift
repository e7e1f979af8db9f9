import Fluent
import Foundation
import SQLKit
import TandemCore

/// A mentor says they are away until a date (leave, busy season), and whether browse shows their
/// response time and last activity. Marking oneself away declines one's waiting requests kindly,
/// so nobody waits on someone who is not there, and the mentees are offered others.
struct AvailabilityService {
    let context: ServiceContext

    /// The actor's availability, the organisation's today, and whether they are away now.
    func current(now: Date = Date()) async throws -> (availability: Availability, today: LocalDate, away: Bool) {
        let zone = try await ProgrammeQueries.timeZone(of: context.actor, on: context.db)
        let availability = try await ProfileQueries.profile(of: context.actor, on: context.db).availability
        return (availability, LocalDate(date: now, in: zone), AwayWindow.isAway(until: availability.awayUntil, at: now, in: zone))
    }

    /// Saves the availability. - Returns: it, and how many waiting requests were declined.
    @discardableResult
    func save(_ draft: AvailabilityDraft, now: Date = Date()) async throws -> (availability: Availability, declined: Int) {
        let zone = try await ProgrammeQueries.timeZone(of: context.actor, on: context.db)
        let valid = try draft.validate(today: LocalDate(date: now, in: zone))
        let profile = try await ProfileQueries.profile(of: context.actor, on: context.db)
        profile.availability = valid
        try await profile.save(on: context.db)
        var declined: [MentorRequest] = []
        if let until = valid.awayUntil, AwayWindow.isAway(until: until, at: now, in: zone) {
            declined = try await declineWaiting(until: until, note: valid.awayNote, now: now)
        }
        // Away people drop out of recommendations, and the cache would still show them.
        await context.effects.scoresChanged()
        await context.effects.notify(declined.compactMap { r in
            guard let id = r.id else { return nil }
            return NotificationDraft(
                organisationID: r.organisationID, userID: r.$mentee.id, kind: .requestDeclined,
                title: "\(context.actor.name) is away until \(DateText.day(valid.awayUntil))",
                body: "They closed your request so you need not wait. Ask someone else in one click: we suggest who.",
                link: "/requests#request-\(id)", dedupeKey: "\(NotificationKind.requestDeclined.rawValue):\(id)")
        })
        return (valid, declined.count)
    }

    /// Each waiting request to the actor, declined by one conditional UPDATE (an answer given at
    /// the same moment wins, and this one skips it), with the `mentor_away` code and a kind reason.
    private func declineWaiting(until: LocalDate, note: String?, now: Date) async throws -> [MentorRequest] {
        let waiting = try await MentorRequest.query(on: context.db)
            .filter(\.$mentor.$id == context.actor.requireID()).filter(\.$status == .pending).all()
        let reason = "\(context.actor.name) is away until \(DateText.day(until))." + (note.map { " \($0)" } ?? "")
        var declined: [MentorRequest] = []
        for r in waiting {
            let done = try await (context.db as! any SQLDatabase).raw("""
                UPDATE mentor_requests SET status = \(bind: RequestStatus.declined.rawValue), decline_reason = \(bind: reason),
                    decline_code = \(bind: DeclineCode.mentorAway.rawValue), decided_at = \(bind: now)
                WHERE id = \(bind: try r.requireID()) AND status = \(bind: RequestStatus.pending.rawValue) RETURNING id
                """).first()
            if done != nil { declined.append(r) }
        }
        return declined
    }
}

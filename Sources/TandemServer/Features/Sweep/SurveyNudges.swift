import Fluent
import Foundation
import TandemCore

/// Open surveys, as each member of an active pair meets them: "a survey is due" once per person,
/// pair and survey, and, if it is still unanswered three days later, one reminder (at most one
/// in three days per person). The due notification's time is when the survey opened for them, so
/// someone who switched "a survey is due" off is not reminded either.
enum SurveyNudges {
    static let openFor: TimeInterval = 3 * 24 * 3600

    private struct Candidate {
        let survey: Survey
        let relationship: Relationship
        let userID: UUID
        var dueKey: String { "survey_due:\(survey.id!):\(relationship.id!):\(userID)" }
        var nudgeKey: String { "nudge:survey_open:\(survey.id!):\(relationship.id!):\(userID)" }
        var link: String { "/relationships/\(relationship.id!)/surveys/\(survey.id!)" }
    }

    static func due(at now: Date, on db: any Database) async throws -> [NotificationDraft] {
        let candidates = try await openSurveys(at: now, on: db)
        guard !candidates.isEmpty else { return [] }
        let sent = try await sentAt(keys: candidates.flatMap { [$0.dueKey, $0.nudgeKey] }, on: db)
        let recent = try await RecentNudges.lastSent(.nudgeSurveyOpen, to: Array(Set(candidates.map(\.userID))),
                                                     since: now.addingTimeInterval(-NudgeRateLimit.window), on: db)
        var nudged = Set<UUID>()
        return candidates.compactMap { c in
            let programme = c.relationship.programme.name
            guard let opened = sent[c.dueKey] else {
                return NotificationDraft(organisationID: c.relationship.organisationID, userID: c.userID, kind: .surveyDue,
                                         title: "“\(c.survey.title)” is waiting for your answers",
                                         body: "A short survey from \(programme). It takes a few minutes, and it helps the programme help you.",
                                         link: c.link, dedupeKey: c.dueKey)
            }
            guard opened <= now.addingTimeInterval(-openFor), sent[c.nudgeKey] == nil,
                  NudgeRateLimit.allows(lastSent: recent[c.userID], now: now), nudged.insert(c.userID).inserted else { return nil }
            return NotificationDraft(organisationID: c.relationship.organisationID, userID: c.userID, kind: .nudgeSurveyOpen,
                                     title: "Reminder: “\(c.survey.title)” is still open",
                                     body: "Your answers to this \(programme) survey are still missing. A few minutes is all it takes.",
                                     link: c.link, dedupeKey: c.nudgeKey)
        }
    }

    /// Every (survey, active pair, member) for which a survey is due and unanswered at `now`.
    private static func openSurveys(at now: Date, on db: any Database) async throws -> [Candidate] {
        let surveys = try await Survey.query(on: db).filter(\.$closedAt == nil).all()
        guard !surveys.isEmpty else { return [] }
        let open = try await Relationship.query(on: db).filter(\.$status == .active)
            .filter(\.$programme.$id ~~ Array(Set(surveys.map(\.programmeID)))).with(\.$programme).with(\.$members).all()
        guard !open.isEmpty else { return [] }
        let questions = try await SurveyQueries.questions(of: surveys, on: db)
        var answered = Set<String>()
        let openIDs = open.compactMap(\.id)
        for start in stride(from: 0, to: openIDs.count, by: 500) {
            let batch = Array(openIDs[start..<min(start + 500, openIDs.count)])
            for r in try await SurveyResponse.query(on: db).filter(\.$surveyID ~~ surveys.compactMap(\.id))
                .filter(\.$relationshipID ~~ batch).all() { answered.insert("\(r.surveyID):\(r.relationshipID):\(r.userID)") }
        }
        let facts = try await MeetingFacts.loadInBatches(relationshipIDs: open.compactMap(\.id), now: now, on: db)
        let zones = try await OrganisationZones.of(Set(open.map(\.organisationID)), on: db)
        let byProgramme = Dictionary(grouping: surveys, by: \.programmeID)
        var found: [Candidate] = []
        for r in open {
            guard let rid = r.id else { continue }
            let today = LocalDate(date: now, in: zones[r.organisationID] ?? .gmt)
            for survey in byProgramme[r.$programme.id] ?? [] {
                guard let sid = survey.id else { continue }
                for member in r.members where member.leftAt == nil {
                    let user = member.$user.id
                    guard let role = SurveyQueries.respondentRole(of: user, in: r),
                          questions[sid]?.contains(where: { $0.audience.includes(role) }) == true,
                          SurveyQueries.isDue(survey, in: r, heldCheckIns: facts[rid]?.heldCount ?? 0, today: today,
                                              answered: answered.contains("\(sid):\(rid):\(user)")) else { continue }
                    found.append(Candidate(survey: survey, relationship: r, userID: user))
                }
            }
        }
        return found
    }

    /// When each of these dedupe keys was notified, 500 keys to a query.
    private static func sentAt(keys: [String], on db: any Database) async throws -> [String: Date] {
        var sent: [String: Date] = [:]
        for start in stride(from: 0, to: keys.count, by: 500) {
            let rows = try await AppNotification.query(on: db).filter(\.$dedupeKey ~~ Array(keys[start..<min(start + 500, keys.count)])).all()
            for row in rows { sent[row.dedupeKey] = row.createdAt ?? .distantPast }
        }
        return sent
    }
}

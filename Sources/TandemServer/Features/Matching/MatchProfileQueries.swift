import Fluent
import Foundation
import SQLKit
import TandemCore

/// Loads the scoring inputs of a programme's participants in one query per role.
enum MatchProfileQueries {
    struct Row: Decodable {
        let user_id: UUID
        let name: String
        let department: String
        let seniority: Int
        let time_zone: String
        let languages: String
        let skills_offered: String
        let skills_wanted: String
        let motivators: String
        let communication_style: String
        let meeting_preference: String
        let manager_id: UUID?
        let capacity: Int
        let seats_used: Int
        let mentor_capacity: Int
        let mentor_seats_used: Int
    }

    /// `hidingAwayOn`: leave out people away on that local date (`AwayWindow`), as recommendations do.
    static func load(programmeID: UUID, role: EnrolmentRole, onlyUser: UUID? = nil, hidingAwayOn today: LocalDate? = nil,
                     on db: any Database, now: Date = Date()) async throws -> [MatchProfile] {
        var userFilter: SQLQueryString = onlyUser.map { " AND e.user_id = \(bind: $0)" } ?? ""
        if let today { userFilter = userFilter + " AND (p.away_until IS NULL OR p.away_until < \(bind: today.iso))" }
        let rows = try await (db as! any SQLDatabase).raw("""
            SELECT e.user_id, u.name, p.department, p.seniority, p.time_zone, p.languages, p.skills_offered, p.skills_wanted,
                   p.motivators, p.communication_style, p.meeting_preference, u.manager_id,
                   e.capacity, e.seats_used, p.mentor_capacity, p.mentor_seats_used
            FROM enrolments e JOIN users u ON u.id = e.user_id JOIN profiles p ON p.user_id = e.user_id
            WHERE e.programme_id = \(bind: programmeID) AND e.role = \(bind: role.rawValue) AND e.status = 'active'
              AND u.is_active = \(bind: true)\(userFilter)
            ORDER BY e.sort_name, e.user_id
            """).all(decoding: Row.self)
        return rows.map { profile(from: $0, now: now) }
    }

    static func profile(from row: Row, now: Date) -> MatchProfile {
        let offset = (TimeZone(identifier: row.time_zone)?.secondsFromGMT(for: now) ?? 0) / 60
        return MatchProfile(
            id: row.user_id, name: row.name, department: row.department, seniority: row.seniority,
            utcOffsetMinutes: offset,
            languages: row.languages.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty },
            skillsOffered: (try? SkillTagList.parse(row.skills_offered).get()) ?? [],
            skillsWanted: (try? SkillTagList.parse(row.skills_wanted).get()) ?? [],
            motivators: row.motivators.split(separator: ",").compactMap { Motivator(rawValue: String($0)) },
            communicationStyle: CommunicationStyle(rawValue: row.communication_style) ?? .balanced,
            meetingPreference: MeetingPreference(rawValue: row.meeting_preference) ?? .video,
            managerID: row.manager_id,
            seatsLeft: MentorRoom(programmeCapacity: row.capacity, programmeSeatsUsed: row.seats_used,
                                  overallCapacity: row.mentor_capacity, overallSeatsUsed: row.mentor_seats_used).seatsLeft
        )
    }
}

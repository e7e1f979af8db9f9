import Fluent
import SQLKit
import TandemCore
import Vapor

struct MentorFilters: Content {
    var skill: String?
    var department: String?
    var language: String?
    var after: String?

    var cleaned: MentorFilters {
        func clean(_ s: String?) -> String? {
            // Control characters match no skill, and PostgreSQL refuses NUL in text.
            let t = String((s ?? "").unicodeScalars.filter { $0.properties.generalCategory != .control })
                .trimmingCharacters(in: .whitespaces).lowercased()
            return t.isEmpty ? nil : String(t.prefix(60))
        }
        return MentorFilters(skill: clean(skill), department: clean(department), language: clean(language), after: after)
    }
}

struct MentorListing: Decodable {
    let user_id: UUID
    let sort_name: String
    let name: String
    let title: String
    let department: String
    let seniority: Int
    let languages: String
    let skills_offered: String
    let bio: String
    let capacity: Int
    let seats_used: Int
    let mentor_capacity: Int
    let mentor_seats_used: Int
    let manager_id: UUID?
    let hide_activity: Bool

    var room: MentorRoom {
        MentorRoom(programmeCapacity: capacity, programmeSeatsUsed: seats_used, overallCapacity: mentor_capacity, overallSeatsUsed: mentor_seats_used)
    }
    var atCapacity: Bool { room.isFull }
    var seatsLeft: Int { room.seatsLeft }
}

enum MentorBrowseQueries {
    static let pageSize = 20

    /// One page of the people `user` may ask in `programme`: mentors, or peers in peer types.
    /// People away today (in the organisation's zone) are left out.
    static func browse(_ programme: Programme, for user: User, filters: MentorFilters, on db: any Database) async throws
        -> (rows: [MentorListing], next: KeysetCursor?)
    {
        let (_, offered) = RequestRoles.roles(for: programme.type)
        let today = LocalDate(date: Date(), in: try await ProgrammeQueries.timeZone(of: user, on: db))
        return try await page(programmeID: try programme.requireID(), role: offered, excluding: try user.requireID(),
                              filters: filters, limit: pageSize, hidingAwayOn: today, on: db)
    }

    /// One query, keyset-paginated on (sort_name, user_id) and served by the `enrolments_browse` index.
    static func page(programmeID: UUID, role: EnrolmentRole, excluding me: UUID, filters: MentorFilters,
                     limit: Int, hidingAwayOn today: LocalDate? = nil, on db: any Database) async throws -> (rows: [MentorListing], next: KeysetCursor?)
    {
        let f = filters.cleaned
        var query: SQLQueryString = """
            SELECT e.user_id, e.sort_name, u.name, p.title, p.department, p.seniority, p.languages, p.skills_offered, p.bio,
                   e.capacity, e.seats_used, p.mentor_capacity, p.mentor_seats_used, u.manager_id, p.hide_activity
            FROM enrolments e
            JOIN users u ON u.id = e.user_id
            JOIN profiles p ON p.user_id = e.user_id
            WHERE e.programme_id = \(bind: programmeID) AND e.role = \(bind: role.rawValue) AND e.status = 'active'
              AND u.is_active = \(bind: true) AND e.user_id <> \(bind: me)
            """
        if let today { query = query + " AND (p.away_until IS NULL OR p.away_until < \(bind: today.iso))" }
        if let skill = f.skill { query = query + " AND p.skills_offered_key LIKE \(bind: "%,\(escapeLike(skill)),%") ESCAPE '\\'" }
        if let language = f.language { query = query + " AND p.languages_key LIKE \(bind: "%,\(escapeLike(language)),%") ESCAPE '\\'" }
        if let department = f.department { query = query + " AND LOWER(p.department) = \(bind: department)" }
        if let cursor = f.after.flatMap(KeysetCursor.init(encoded:)) {
            query = query + " AND (e.sort_name > \(bind: cursor.sortKey) OR (e.sort_name = \(bind: cursor.sortKey) AND e.user_id > \(bind: cursor.id)))"
        }
        query = query + " ORDER BY e.sort_name, e.user_id LIMIT \(bind: limit + 1)"
        let rows = try await (db as! any SQLDatabase).raw(query).all(decoding: MentorListing.self)
        let visible = Array(rows.prefix(limit))
        let next = rows.count > limit ? visible.last.map { KeysetCursor(sortKey: $0.sort_name, id: $0.user_id) } : nil
        return (visible, next)
    }

    static func departments(programmeID: UUID, role: EnrolmentRole, on db: any Database) async throws -> [String] {
        struct Row: Decodable { let department: String }
        return try await (db as! any SQLDatabase).raw("""
            SELECT DISTINCT p.department FROM enrolments e JOIN profiles p ON p.user_id = e.user_id
            WHERE e.programme_id = \(bind: programmeID) AND e.role = \(bind: role.rawValue) AND e.status = 'active'
              AND p.department <> '' ORDER BY p.department
            """).all(decoding: Row.self).map(\.department)
    }

    private static func escapeLike(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_").replacingOccurrences(of: ",", with: "")
    }
}

import Fluent
import TandemCore
import Vapor

/// A mentee browses the programme's mentors (peers browse peers), filtered and paginated.
enum MentorBrowseController {
    static func register(_ app: Application) {
        app.get("programmes", ":programmeID", "mentors", use: index)
    }

    @Sendable static func index(req: Request) async throws -> View {
        let user = try req.requireUser()
        let programme = try await ProgrammeQueries.find(req.parameters.get("programmeID", as: UUID.self), for: user, on: req.db)
        let programmeID = try programme.requireID()
        let userID = try user.requireID()
        let filters = try req.query.decode(MentorFilters.self)
        _ = try req.cursor("after")
        let (seeker, offered) = RequestRoles.roles(for: programme.type)
        let page = try await MentorBrowseQueries.browse(programme, for: user, filters: filters, on: req.db)
        let mine = try await EnrolmentQueries.activeRoles(of: user, on: req.db)[programmeID] ?? []
        let blocked = try await RequestQueries.unavailablePartners(for: userID, programmeID: programmeID, on: req.db)
        let now = Date()
        let activity = try await MentorActivityQueries.of(page.rows.filter { !$0.hide_activity }.map(\.user_id), now: now, on: req.db)
        let cards = page.rows.map { row -> MentorBrowseContext.Card in
            // Why this card has no request button; nil when the person can be asked.
            let why: String? =
                if row.atCapacity { "At capacity" }
                else if !programme.managersMayMentorReports && (row.manager_id == userID || user.managerID == row.user_id) {
                    "Your manager or report"
                }
                else { blocked[row.user_id]?.label }
            return .init(
                userID: row.user_id.uuidString, name: row.name, title: row.title, department: row.department.isEmpty ? nil : row.department,
                seniority: SeniorityLevel.name(for: row.seniority), languages: row.languages, skills: row.skills_offered,
                bio: row.bio.isEmpty ? nil : row.bio, seatsLeft: row.seatsLeft,
                available: why == nil, unavailableReason: why ?? "",
                requestURL: "/programmes/\(programmeID)/mentors/\(row.user_id)/request",
                responseTime: activity[row.user_id]?.medianResponseSeconds.map(ResponseTime.label(medianSeconds:)),
                lastActive: activity[row.user_id].map { LastActive.label(lastSeen: $0.lastSeen, now: now) }
            )
        }
        let departments = try await MentorBrowseQueries.departments(programmeID: programmeID, role: offered, on: req.db)
        let chosen = filters.department ?? ""
        var nextURL: String? = nil
        if let next = page.next {
            var items = [URLQueryItem(name: "after", value: next.encoded)]
            for (k, v) in [("skill", filters.skill), ("department", filters.department), ("language", filters.language)] {
                if let v, !v.isEmpty { items.append(URLQueryItem(name: k, value: v)) }
            }
            var components = URLComponents()
            components.queryItems = items
            nextURL = "/programmes/\(programmeID)/mentors?\(components.percentEncodedQuery ?? "")"
        }
        let noun = offered == .peer ? "peers" : "mentors"
        let showRecommendations = mine.contains(seeker) && !filtered(filters) && filters.after == nil
        let recommendations = showRecommendations
            ? try await RecommendationQueries.top(5, for: user, in: programme, request: req).map {
                RecommendationCard($0, requestURL: "/programmes/\(programmeID)/mentors/\($0.mentor.id)/request")
            }
            : []
        return try await req.view.render("mentors/index", MentorBrowseContext(
            chrome: PageChrome(request: req, title: "Find \(noun)", section: "programmes"),
            programmeID: programmeID.uuidString, programmeName: programme.name,
            heading: "Find \(offered == .peer ? "a peer" : "a mentor") in \(programme.name)",
            canRequest: mine.contains(seeker), cards: cards, hasCards: !cards.isEmpty,
            skill: filters.skill ?? "", department: chosen, language: filters.language ?? "",
            departments: departments.map { Choice(value: $0, label: $0, selected: $0.lowercased() == chosen.lowercased()) },
            nextURL: nextURL, filtered: filtered(filters), recommendations: recommendations,
            hasRecommendations: !recommendations.isEmpty
        ))
    }
}

private func filtered(_ filters: MentorFilters) -> Bool {
    [filters.skill, filters.department, filters.language].contains { !($0 ?? "").isEmpty }
}

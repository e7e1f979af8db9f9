import Fluent
import TandemCore
import Vapor

/// Builds the programme page: what it is, its phase, and how to take part.
enum ProgrammeDetailPage {
    static func render(_ req: Request, user: User, programme: Programme, errors: [String: String], status: HTTPResponseStatus) async throws -> Response {
        let zone = try await ProgrammeQueries.timeZone(of: user, on: req.db)
        let phase = programme.phase(at: Date(), in: zone)
        let programmeID = try programme.requireID()
        let mine = try await EnrolmentQueries.activeRoles(of: user, on: req.db)[programmeID] ?? []
        let counts = try await EnrolmentQueries.roleCounts(programmeID: programmeID, on: req.db)
        let open = programme.archivedAt == nil && ProgrammeRules.isEnrolmentOpen(mode: programme.mode, phase: phase)
        let options = programme.type.allowedRoles.filter { !mine.contains($0) }.map {
            Choice(value: $0.rawValue, label: "Enrol as \($0.rawValue)", selected: false)
        }
        let relationships = user.isAdmin
            ? try await ProgrammeRelationships.page(of: programme, after: try req.timeCursor("relationships"), timeZone: zone, on: req.db)
            : ProgrammeRelationships.Page(rows: [], next: nil)
        let timeline = try await ProgrammeTimelineContext.build(programme: programme, viewer: user, zone: zone, on: req.db)
        let seeks: EnrolmentRole = programme.type.isTwoSided ? .mentee : .peer
        let context = ProgrammeDetailContext(
            chrome: PageChrome(request: req, title: programme.name, section: "programmes"),
            id: programmeID.uuidString, name: programme.name,
            description: programme.description.isEmpty ? nil : programme.description,
            typeLabel: programme.type.label, typeSummary: programme.type.summary,
            modeLabel: programme.mode.label, phaseLabel: phase.label,
            timeline: timeline,
            archived: programme.archivedAt != nil, enrolmentOpen: open && !options.isEmpty, enrolOptions: options,
            questions: programme.questionList.enumerated().map { .init(field: "answer_\($0.offset)", text: $0.element) },
            enrolled: mine.sorted { $0.rawValue < $1.rawValue }.map { .init(role: $0.rawValue, roleLabel: $0.rawValue) },
            isEnrolled: !mine.isEmpty,
            canBrowse: mine.contains(seeks) && programme.archivedAt == nil,
            browseLabel: seeks == .peer ? "Find a peer" : "Find a mentor",
            mentorCount: counts[.mentor] ?? counts[.peer] ?? 0, menteeCount: counts[.mentee] ?? 0,
            isAdmin: user.isAdmin, relationships: relationships.rows, hasRelationships: !relationships.rows.isEmpty,
            olderRelationshipsURL: relationships.next.map { "/programmes/\(programmeID)?relationships=\($0.encoded)#relationships" },
            errors: errors
        )
        return try await req.page("programmes/show", context, status: status)
    }
}

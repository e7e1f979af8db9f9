import Fluent
import TandemCore
import Vapor

/// Programme admins set up surveys and read their results, in aggregate only.
enum SurveysAdminController {
    static func register(_ app: Application) {
        let surveys = app.grouped("programmes", ":programmeID", "surveys")
        surveys.get(use: index)
        surveys.get("new", use: new)
        surveys.post(use: create)
        surveys.get(":surveyID", use: results)
        surveys.post(":surveyID", "close", use: close)
    }

    /// The programme (404 outside the organisation) and an admin (403 inside it).
    static func adminProgramme(_ req: Request) async throws -> (User, Programme) {
        let context = try req.serviceContext()
        return (context.actor, try await SurveyService(context: context).adminProgramme(req.parameters.get("programmeID", as: UUID.self)))
    }

    @Sendable static func index(req: Request) async throws -> Response {
        let (admin, programme) = try await adminProgramme(req)
        let surveys = try await SurveyQueries.list(in: programme, on: req.db)
        let people = try await SurveyListFigures.peopleAnswered(surveyIDs: surveys.compactMap(\.id), on: req.db)
        let zone = try await ViewerZone.of(admin, on: req.db).identifier
        let base = "/programmes/\(try programme.requireID())/surveys"
        let goals = try await SurveyListFigures.sharedGoals(in: programme, on: req.db)
        return try await req.page("surveys/index", SurveyListContext(
            chrome: PageChrome(request: req, title: "Surveys: \(programme.name)", section: "programmes"),
            programmeName: programme.name, programmeURL: "/programmes/\(try programme.requireID())", newURL: "\(base)/new",
            sharedGoals: goals.hidden ? 0 : goals.total, goalsHidden: goals.hidden,
            goalStatuses: goals.hidden ? [] : GoalStatus.allCases.map { .init(label: $0.label, count: goals.byStatus[$0] ?? 0) },
            rows: surveys.map { s in
                .init(title: s.title, url: "\(base)/\(s.id?.uuidString ?? "")", trigger: SurveyText.trigger(s),
                      people: SurveyListFigures.people(people[s.id ?? UUID()] ?? 0, below: "fewer than 5 people have answered"),
                      anonymous: s.anonymous, isClosed: s.closedAt != nil,
                      created: DateText.short(s.createdAt, timeZone: zone))
            }, hasSurveys: !surveys.isEmpty))
    }

    @Sendable static func new(req: Request) async throws -> Response {
        let (_, programme) = try await adminProgramme(req)
        return try await SurveyFormPage.render(req, programme: programme, values: SurveyTemplates.draft(named: req.query[String.self, at: "template"]))
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let (_, programme) = try await adminProgramme(req)
        let draft = try req.content.decode(SurveyDraft.self)
        do {
            let survey = try await SurveyService(context: try req.serviceContext()).create(draft, in: programme)
            return req.redirect(to: "/programmes/\(try programme.requireID())/surveys/\(try survey.requireID())?notice=survey-created")
        } catch let failure as ValidationFailure {
            return try await SurveyFormPage.render(req, programme: programme, values: draft, errors: failure.byField, status: .unprocessableEntity)
        }
    }

    @Sendable static func results(req: Request) async throws -> Response {
        let (_, programme) = try await adminProgramme(req)
        let survey = try await SurveyQueries.find(req.parameters.get("surveyID", as: UUID.self), programme: programme, on: req.db)
        return try await SurveyResultsPage.render(req, programme: programme, survey: survey)
    }

    @Sendable static func close(req: Request) async throws -> Response {
        let (_, programme) = try await adminProgramme(req)
        let survey = try await SurveyQueries.find(req.parameters.get("surveyID", as: UUID.self), programme: programme, on: req.db)
        try await SurveyService(context: try req.serviceContext()).close(survey)
        return req.redirect(to: "/programmes/\(try programme.requireID())/surveys/\(try survey.requireID())?notice=survey-closed")
    }
}

struct SurveyListContext: Encodable {
    struct Row: Encodable {
        let title: String
        let url: String
        let trigger: String
        /// Distinct people who answered, or "fewer than 5 people have answered".
        let people: String
        let anonymous: Bool
        let isClosed: Bool
        let created: String
    }
    struct StatusCount: Encodable {
        let label: String
        let count: Int
    }
    let chrome: PageChrome
    let programmeName: String
    let programmeURL: String
    let newURL: String
    /// Goals members chose to share with admins, counted by status only, never listed, and
    /// only once at least 5 distinct people share goals (0 and empty when hidden).
    let sharedGoals: Int
    let goalsHidden: Bool
    let goalStatuses: [StatusCount]
    let rows: [Row]
    let hasSurveys: Bool
}

enum SurveyText {
    static func trigger(_ s: Survey) -> String {
        if s.trigger == .pulse, let n = s.pulseAfter { return "After \(n) check-in\(n == 1 ? "" : "s")" }
        return s.trigger.label
    }
}

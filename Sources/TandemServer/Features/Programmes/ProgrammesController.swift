import Fluent
import TandemCore
import Vapor

/// Programme pages: list, create, edit, archive and the detail page with enrolment.
enum ProgrammesController {
    static func register(_ app: Application) {
        let programmes = app.grouped("programmes")
        programmes.get(use: index)
        programmes.get("new", use: new)
        programmes.post(use: create)
        programmes.get(":programmeID", use: show)
        programmes.get(":programmeID", "edit", use: edit)
        programmes.post(":programmeID", use: update)
        programmes.post(":programmeID", "archive", use: archive)
    }

    @Sendable static func index(req: Request) async throws -> View {
        let user = try req.requireUser()
        let all = try await ProgrammeQueries.list(for: user, includeArchived: user.isAdmin, on: req.db)
        let mine = try await EnrolmentQueries.activeRoles(of: user, on: req.db)
        let zone = try await ProgrammeQueries.timeZone(of: user, on: req.db)
        let now = Date()
        let rows = all.map { p in
            ProgrammeListContext.Row(
                id: p.id?.uuidString ?? "", name: p.name, typeLabel: p.type.label, modeLabel: p.mode.label,
                phaseLabel: p.phase(at: now, in: zone).label, summary: p.type.summary,
                myRoles: (mine[p.id!] ?? []).isEmpty ? nil : (mine[p.id!] ?? []).map(\.rawValue).sorted().joined(separator: ", "),
                archived: p.archivedAt != nil
            )
        }
        return try await req.view.render("programmes/index", ProgrammeListContext(
            chrome: PageChrome(request: req, title: "Programmes", section: "programmes"),
            programmes: rows.filter { !$0.archived }, archived: rows.filter(\.archived),
            hasProgrammes: rows.contains { !$0.archived }, hasArchived: rows.contains(where: \.archived)
        ))
    }

    @Sendable static func new(req: Request) async throws -> Response {
        _ = try req.requireAdmin()
        return try await renderForm(req, values: ProgrammeForm(), errors: [:], programmeID: nil)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let service = ProgrammeService(context: try req.adminServiceContext())
        let form = try req.content.decode(ProgrammeForm.self)
        do {
            let programme = try await service.create(form.draft, managerRule: form.managerRule, policy: form.policyDraft)
            return req.redirect(to: "/programmes/\(try programme.requireID())?notice=programme-created")
        } catch let failure as ValidationFailure {
            return try await renderForm(req, values: form, errors: failure.byField, programmeID: nil, status: .unprocessableEntity)
        }
    }

    @Sendable static func edit(req: Request) async throws -> Response {
        let admin = try req.requireAdmin()
        let programme = try await ProgrammeQueries.find(req.parameters.get("programmeID", as: UUID.self), for: admin, on: req.db)
        return try await renderForm(req, values: ProgrammeForm(programme), errors: [:], programmeID: programme.id)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let service = ProgrammeService(context: try req.adminServiceContext())
        let programme = try await ProgrammeQueries.find(req.parameters.get("programmeID", as: UUID.self), for: service.context.actor, on: req.db)
        let form = try req.content.decode(ProgrammeForm.self)
        do {
            try await service.update(programme, with: form.draft, managerRule: form.managerRule, policy: form.policyDraft)
            return req.redirect(to: "/programmes/\(try programme.requireID())?notice=programme-saved")
        } catch let failure as ValidationFailure {
            return try await renderForm(req, values: form, errors: failure.byField, programmeID: programme.id, status: .unprocessableEntity)
        }
    }

    @Sendable static func archive(req: Request) async throws -> Response {
        let service = ProgrammeService(context: try req.adminServiceContext())
        let programme = try await ProgrammeQueries.find(req.parameters.get("programmeID", as: UUID.self), for: service.context.actor, on: req.db)
        try await service.archive(programme)
        return req.redirect(to: "/programmes/\(try programme.requireID())?notice=programme-archived")
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let programme = try await ProgrammeQueries.find(req.parameters.get("programmeID", as: UUID.self), for: user, on: req.db)
        return try await ProgrammeDetailPage.render(req, user: user, programme: programme, errors: [:], status: .ok)
    }

    static func renderForm(_ req: Request, values: ProgrammeForm, errors: [String: String], programmeID: UUID?, status: HTTPResponseStatus = .ok) async throws -> Response {
        let context = ProgrammeFormContext(
            chrome: PageChrome(request: req, title: programmeID == nil ? "New programme" : "Edit programme", section: "programmes"),
            heading: programmeID == nil ? "New programme" : "Edit \(values.name ?? "programme")",
            action: programmeID.map { "/programmes/\($0)" } ?? "/programmes",
            submitLabel: programmeID == nil ? "Create programme" : "Save changes",
            values: values,
            types: Choice.list(ProgrammeType.self, selected: values.type) { "\($0.label): \($0.summary)" },
            modes: Choice.list(ProgrammeMode.self, selected: values.mode) { $0.label },
            errors: errors
        )
        return try await req.page("programmes/form", context, status: status)
    }
}

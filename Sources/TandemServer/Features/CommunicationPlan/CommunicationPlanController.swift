import Fluent
import TandemCore
import Vapor

/// The plan pages of a programme: the list, add and edit a message, switch one on or off, and
/// preview one for a chosen person. Admins only (403); other organisations' ids answer 404.
enum CommunicationPlanController {
    static func register(_ app: Application) {
        let plan = app.grouped("programmes", ":programmeID", "plan")
        plan.get(use: index)
        plan.get("messages", "new", use: new)
        plan.post("messages", use: create)
        plan.get("messages", ":messageID", "edit", use: edit)
        plan.post("messages", ":messageID", use: update)
        plan.post("messages", ":messageID", "enabled", use: setEnabled)
        plan.get("messages", ":messageID", "preview", use: preview)
    }

    static func service(_ req: Request) throws -> PlanService { PlanService(context: try req.serviceContext()) }

    static func programme(_ req: Request, _ service: PlanService) async throws -> Programme {
        try await service.adminProgramme(req.parameters.get("programmeID", as: UUID.self))
    }

    static func message(_ req: Request, in programme: Programme) async throws -> PlanMessage {
        try await PlanQueries.find(req.parameters.get("messageID", as: UUID.self), in: programme, on: req.db)
    }

    static func base(_ programme: Programme) throws -> String { "/programmes/\(try programme.requireID())/plan" }

    @Sendable static func index(req: Request) async throws -> Response {
        let service = try service(req)
        return try await PlanPage.render(req, programme: try await programme(req, service), viewer: service.context.actor)
    }

    @Sendable static func new(req: Request) async throws -> Response {
        let programme = try await programme(req, try service(req))
        let first = PlanEvent.allowed(in: programme.mode).first ?? .matched
        return try await PlanMessageFormPage.render(req, programme: programme, message: nil,
                                                    values: PlanMessageDraft(event: first.rawValue, channels: ["in_app", "email"]))
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let service = try service(req)
        let programme = try await programme(req, service)
        let draft = try req.content.decode(PlanMessageDraft.self)
        do {
            _ = try await service.add(draft, to: programme)
            return req.redirect(to: "\(try base(programme))?notice=plan-message-added")
        } catch let failure as ValidationFailure {
            return try await PlanMessageFormPage.render(req, programme: programme, message: nil, values: draft,
                                                        errors: failure.byField, status: .unprocessableEntity)
        }
    }

    @Sendable static func edit(req: Request) async throws -> Response {
        let programme = try await programme(req, try service(req))
        let message = try await message(req, in: programme)
        return try await PlanMessageFormPage.render(req, programme: programme, message: message, values: PlanMessageDraft(message.valid))
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let service = try service(req)
        let programme = try await programme(req, service)
        let message = try await message(req, in: programme)
        let draft = try req.content.decode(PlanMessageDraft.self)
        do {
            try await service.update(message, with: draft, in: programme)
            return req.redirect(to: "\(try base(programme))?notice=plan-message-saved")
        } catch let failure as ValidationFailure {
            return try await PlanMessageFormPage.render(req, programme: programme, message: message, values: draft,
                                                        errors: failure.byField, status: .unprocessableEntity)
        }
    }

    @Sendable static func setEnabled(req: Request) async throws -> Response {
        struct Form: Content { var enabled: String? }
        let service = try service(req)
        let programme = try await programme(req, service)
        let message = try await message(req, in: programme)
        let on = try req.content.decode(Form.self).enabled == "true"
        try await service.setEnabled(message, on)
        return req.redirect(to: "\(try base(programme))?notice=plan-message-\(on ? "on" : "off")#message-\(try message.requireID())")
    }

    @Sendable static func preview(req: Request) async throws -> Response {
        let programme = try await programme(req, try service(req))
        let message = try await message(req, in: programme)
        return try await PlanPreviewPage.render(req, programme: programme, message: message,
                                                personID: req.query[UUID.self, at: "person"])
    }
}

import Fluent
import SQLKit
import TandemCore
import Vapor

/// Admins see everyone in their organisation, change roles and managers, and deactivate people.
enum PeopleController {
    static let pageSize = 50

    static func register(_ app: Application) {
        let people = app.grouped("admin", "people")
        people.get(use: index)
        people.get(":id", use: edit)
        people.post(":id", use: update)
    }

    @Sendable static func index(req: Request) async throws -> View {
        let admin = try req.requireAdmin()
        let cursor = try req.cursor("after")
        let page = try await PeopleQueries.page(organisationID: admin.organisationID, after: cursor, limit: pageSize, on: req.db)
        let total = try await PeopleQueries.count(organisationID: admin.organisationID, on: req.db)
        return try await req.view.render("people/index", PeopleContext(
            chrome: PageChrome(request: req, title: "People", section: "people"),
            rows: page.rows, nextCursor: page.next?.encoded, total: total
        ))
    }

    @Sendable static func edit(req: Request) async throws -> View {
        let admin = try req.requireAdmin()
        let person = try await find(req, admin: admin)
        return try await render(req, admin: admin, person: person, errors: [:])
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let service = PeopleService(context: try req.adminServiceContext())
        let admin = service.context.actor
        let person = try await find(req, admin: admin)
        let form = try req.content.decode(PersonForm.self)
        do {
            try await service.update(person, with: form)
            return req.redirect(to: "/admin/people/\(try person.requireID())?notice=person-saved")
        } catch let failure as ValidationFailure {
            let response = try await render(req, admin: admin, person: person, errors: failure.byField).encodeResponse(for: req)
            response.status = .unprocessableEntity
            return response
        }
    }

    static func find(_ req: Request, admin: User) async throws -> User {
        try await PeopleQueries.person(req.parameters.get("id", as: UUID.self), for: admin, on: req.db)
    }

    static func render(_ req: Request, admin: User, person: User, errors: [String: String]) async throws -> View {
        let candidates = try await PeopleQueries.managerCandidates(for: person, organisationID: admin.organisationID, on: req.db)
        let managers = candidates.map {
            PersonEditContext.Option(id: $0.id?.uuidString ?? "", name: $0.name, selected: $0.id == person.managerID)
        }
        return try await req.view.render("people/edit", PersonEditContext(
            chrome: PageChrome(request: req, title: person.name, section: "people"),
            id: try person.requireID().uuidString, name: person.name, email: person.email,
            roles: Choice.roles(selected: person.role.rawValue), isActive: person.isActive, managers: managers, errors: errors
        ))
    }
}

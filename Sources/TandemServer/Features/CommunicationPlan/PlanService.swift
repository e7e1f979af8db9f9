import Fluent
import Foundation
import TandemCore

/// Everything that changes a programme's communication plan: admins add messages, edit them and
/// switch them on or off. Page and API handlers both call this.
struct PlanService {
    let context: ServiceContext

    /// The programme (404 outside the organisation), then the admin check (403 inside it).
    func adminProgramme(_ id: UUID?) async throws -> Programme {
        let programme = try await ProgrammeQueries.find(id, for: context.actor, on: context.db)
        _ = try context.requireAdmin()
        return programme
    }

    func add(_ draft: PlanMessageDraft, to programme: Programme) async throws -> PlanMessage {
        let admin = try context.requireAdmin()
        let valid = try draft.validate(mode: programme.mode)
        return try await context.db.transaction { db in
            let last = try await PlanMessage.query(on: db).filter(\.$programme.$id == programme.requireID()).max(\.$position)
            let message = PlanMessage(organisationID: programme.organisationID, programmeID: try programme.requireID(),
                                      message: valid, position: (last ?? -1) + 1, plannedAt: Date())
            try await message.create(on: db)
            try await Audit.record("plan_message.created", organisationID: admin.organisationID, actorID: admin.id,
                                   target: "plan_message", targetID: message.id, details: valid.subject, on: db)
            return message
        }
    }

    func update(_ message: PlanMessage, with draft: PlanMessageDraft, in programme: Programme) async throws {
        try await save(message, as: try draft.validate(mode: programme.mode), action: "plan_message.updated")
    }

    /// The API's partial edit: only the fields sent change; the result is validated as a whole.
    func patch(_ message: PlanMessage, enabled: Bool?, subject: String?, body: String?, in programme: Programme) async throws {
        var draft = PlanMessageDraft(message.valid)
        if let enabled { draft.enabled = enabled }
        if let subject { draft.subject = subject }
        if let body { draft.body = body }
        try await update(message, with: draft, in: programme)
    }

    func setEnabled(_ message: PlanMessage, _ enabled: Bool) async throws {
        var valid = message.valid
        valid.enabled = enabled
        try await save(message, as: valid, action: enabled ? "plan_message.enabled" : "plan_message.disabled")
    }

    private func save(_ message: PlanMessage, as valid: ValidPlanMessage, action: String) async throws {
        let admin = try context.requireAdmin()
        message.apply(valid, at: Date())
        try await context.db.transaction { db in
            try await message.save(on: db)
            try await Audit.record(action, organisationID: admin.organisationID, actorID: admin.id,
                                   target: "plan_message", targetID: message.id, details: valid.subject, on: db)
        }
    }

}

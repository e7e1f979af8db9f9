import Fluent
import Foundation
import TandemCore

/// A programme admin edits the programme's default agreement. "Programme admins" are the
/// organisation's admins today (no coordinator role exists yet), guarded as the plan pages are.
struct AgreementTemplateService {
    let context: ServiceContext

    /// The programme (404 outside the organisation), then the admin check (403 inside it).
    func adminProgramme(_ id: UUID?) async throws -> Programme {
        let programme = try await ProgrammeQueries.find(id, for: context.actor, on: context.db)
        guard context.actor.isAdmin else { throw AccessError.forbidden }
        return programme
    }

    func save(_ draft: AgreementTemplateDraft, for programme: Programme) async throws {
        guard context.actor.isAdmin else { throw AccessError.forbidden }
        let template = try draft.validate()
        programme.apply(template)
        try await context.db.transaction { db in
            try await programme.save(on: db)
            try await Audit.record("agreement_template.updated", organisationID: programme.organisationID, actorID: context.actor.id,
                                   target: "programme", targetID: programme.id, details: programme.name, on: db)
        }
    }
}

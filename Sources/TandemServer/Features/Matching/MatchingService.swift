import Fluent
import Foundation
import TandemCore

/// Everything that changes bulk matching: an admin starts a run (solved in the background) and
/// approves its proposal, which creates the relationships and changes scores.
struct MatchingService {
    let context: ServiceContext

    /// Starts a run over `programme` with the chosen objective, the pins and forbids carried over
    /// from `previous` (as `choice(menteeID)` says), and, for peer pools, whether a trio may form.
    func start(in programme: Programme, objective rawObjective: String?, from previous: MatchRun?,
               choice: (UUID) -> String?, allowTrio: Bool) async throws -> MatchRun {
        let admin = try context.requireAdmin()
        let zone = try await ProgrammeQueries.timeZone(of: admin, on: context.db)
        if let closed = MatchRunRules.whyClosed(isArchived: programme.archivedAt != nil, mode: programme.mode,
                                                phase: programme.phase(at: Date(), in: zone)) {
            throw closed
        }
        guard let objective = MatchObjective(rawValue: rawObjective ?? ""),
              programme.type.isTwoSided || objective != .stable else {
            throw ValidationFailure([FieldError(field: "objective", .invalid, message: "Choose one of the objectives offered.")])
        }
        let (pins, forbids) = MatchChoices.read(from: previous, choice: choice)
        let run = MatchRun(organisationID: admin.organisationID, programmeID: try programme.requireID(), objective: objective,
                           createdBy: try admin.requireID(), pins: pins, forbids: forbids, allowTrio: allowTrio)
        try await run.save(on: context.db)
        try await context.effects.solve(run)
        return run
    }

    /// Creates the relationships of the run's proposal that still hold (see `MatchApproval`).
    func approve(_ run: MatchRun, of programme: Programme) async throws -> MatchApprovalResult {
        let result = try await MatchApproval.approve(run, programme: programme, by: try context.requireAdmin(), on: context.db)
        await context.effects.scoresChanged()
        if result.created > 0, let runID = run.id {
            // Counts only: a shared channel should not learn who was paired with whom.
            await context.effects.post(ChatMessage(
                title: "New matches in \(programme.name)",
                text: result.created == 1 ? "1 new pair was matched. Say hello and agree when you will first meet."
                    : "\(result.created) new pairs were matched. Say hello and agree when you will first meet.",
                link: "\(context.effects.application.settings.publicURL)/programmes/\(programme.id?.uuidString ?? "")"),
                organisationID: programme.organisationID, programmeID: programme.id, key: "matches:\(runID)")
        }
        return result
    }

}

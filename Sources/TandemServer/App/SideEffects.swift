import TandemCore
import Vapor

/// What a change sets off beyond its own rows. Feature services call these after their
/// transaction commits; handlers never do. Notifications will join cache invalidation here.
struct SideEffects: Sendable {
    let application: Application

    /// Recommendations read capacity, profiles and open relationships: drop the cached scores.
    func scoresChanged() async {
        await application.scoringCache.invalidateAll()
    }

    /// Notifies people of what just happened (in-app, and email for those who want it). A failure
    /// here is logged, never shown: the change itself is already saved.
    func notify(_ drafts: [NotificationDraft]) async {
        do {
            try await Notifier.deliver(drafts, now: Date(), settings: application.settings, on: application.db)
        } catch {
            application.logger.error("Could not write notifications: \(String(reflecting: error))")
        }
    }

    /// Posts to the programme's (or organisation's) Slack and Teams channels, if any. Logged, never
    /// shown, on failure: the change itself is saved.
    func post(_ message: ChatMessage, organisationID: UUID, programmeID: UUID?, key: String) async {
        do {
            try await ChatPosts.queue(message, organisationID: organisationID, programmeID: programmeID, key: key, on: application.db)
        } catch {
            application.logger.error("Could not queue a chat post: \(String(reflecting: error))")
        }
    }

    /// Solves a saved match run in the background, on the matching pool; the run's row shows
    /// its progress and, when done, its proposal.
    func solve(_ run: MatchRun) async throws {
        try await MatchRunner.start(run, app: application)
    }
}

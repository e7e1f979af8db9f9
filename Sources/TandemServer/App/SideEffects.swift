import Vapor

/// What a change sets off beyond its own rows. Feature services call these after their
/// transaction commits; handlers never do. Notifications will join cache invalidation here.
struct SideEffects: Sendable {
    let application: Application

    /// Recommendations read capacity, profiles and open relationships: drop the cached scores.
    func scoresChanged() async {
        await application.scoringCache.invalidateAll()
    }
}

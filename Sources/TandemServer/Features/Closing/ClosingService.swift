import Fluent
import Foundation
import TandemCore

/// Closing asks each member for a reflection; the first one archives the relationship
/// (`RelationshipClosure`), read-only, with its history kept. A member who did not close it can
/// still add theirs afterwards.
struct ClosingService {
    let context: ServiceContext

    /// Who may open the close page: in an active circle, only the mentor.
    func requireMayClose(_ r: Relationship) throws {
        try RelationshipClosure.requireMayClose(r, user: context.actor)
    }

    /// Saves the actor's reflection; the first one also archives the relationship, cancels its
    /// upcoming meetings and gives the seats back, in one transaction. When both members close at
    /// the same moment, both reflections are kept and the relationship is archived once.
    func reflect(_ draft: ClosingReflectionDraft, on r: Relationship) async throws {
        let valid = try draft.validate()
        let user = context.actor
        let rid = try r.requireID()
        let userID = try user.requireID()
        if try await ClosingQueries.hasReflected(user, in: r, on: context.db) { throw ReflectionError.exists }
        try RelationshipClosure.requireMayClose(r, user: user)
        let wasActive = r.status == .active
        try await UniqueViolation.mapping(to: ReflectionError.exists) {
            try await RelationshipClosure(context: context).transaction { tx in
                // The reflection's INSERT comes first, so on SQLite the write lock is taken before anything is read.
                try await Reflection(organisationID: user.organisationID, relationshipID: rid, userID: userID,
                                     learned: valid.learned, partnerLearned: valid.partnerLearned, nextSteps: valid.nextSteps).create(on: tx)
                if wasActive {
                    try await RelationshipClosure.close(r, by: user, on: tx)
                }
            }
        }
    }
}

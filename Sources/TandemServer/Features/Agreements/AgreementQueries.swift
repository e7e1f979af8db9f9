import Fluent
import Foundation
import TandemCore

/// Reads a relationship's agreement: the current version with its confirmations, and the version
/// a member last confirmed (to say what changed since).
enum AgreementQueries {
    /// The current version and who confirmed what, or nil when nobody has proposed one.
    struct Snapshot {
        let current: AgreementVersion
        /// Members who confirmed the current version.
        let confirmedBy: Set<UUID>
        /// Member → the highest version number they confirmed.
        let lastConfirmed: [UUID: Int]

        var rules: AgreementRules.Current {
            AgreementRules.Current(number: current.number, confirmedBy: confirmedBy,
                                   followsInForce: current.followsInForce || current.inForceAt != nil)
        }
    }

    /// The latest version with its hopes, and every confirmation in the relationship: 3 queries.
    static func snapshot(of relationshipID: UUID, on db: any Database) async throws -> Snapshot? {
        guard let current = try await AgreementVersion.query(on: db).filter(\.$relationshipID == relationshipID)
            .sort(\.$number, .descending).with(\.$hopes).first()
        else { return nil }
        let confirmations = try await AgreementConfirmation.query(on: db).filter(\.$relationshipID == relationshipID).all()
        return try await snapshot(current, confirmations: confirmations, on: db)
    }

    private static func snapshot(_ current: AgreementVersion, confirmations: [AgreementConfirmation], on db: any Database) async throws -> Snapshot {
        let currentID = try current.requireID()
        let versionIDs = Set(confirmations.map(\.versionID))
        let numbers = versionIDs == [currentID] ? [currentID: current.number]
            : try await versionNumbers(Array(versionIDs), on: db)
        var last: [UUID: Int] = [:]
        for c in confirmations { if let n = numbers[c.versionID] { last[c.userID] = max(last[c.userID] ?? 0, n) } }
        return Snapshot(current: current, confirmedBy: Set(confirmations.filter { $0.versionID == currentID }.map(\.userID)),
                        lastConfirmed: last)
    }

    private static func versionNumbers(_ ids: [UUID], on db: any Database) async throws -> [UUID: Int] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await AgreementVersion.query(on: db).filter(\.$id ~~ ids).field(\.$id).field(\.$number).all()
        return Dictionary(rows.compactMap { v in v.id.map { ($0, v.number) } }, uniquingKeysWith: { max($0, $1) })
    }

    /// One version by number, with its hopes.
    static func version(_ number: Int, of relationshipID: UUID, on db: any Database) async throws -> AgreementVersion? {
        try await AgreementVersion.query(on: db).filter(\.$relationshipID == relationshipID).filter(\.$number == number)
            .with(\.$hopes).first()
    }
}

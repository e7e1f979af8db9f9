import Fluent
import Foundation
import SQLKit
import TandemCore

/// Everything that changes a relationship's agreement: a member proposes or edits it (a new
/// version, which the proposer confirms by proposing), and members confirm the current version.
/// When the last member confirms, the agreement is in force and its cadence becomes the pair's.
struct AgreementService {
    let context: ServiceContext

    /// Proposes `draft` as the next version. Returns nil when it changes nothing (no new version).
    @discardableResult
    func propose(_ draft: AgreementDraft, in r: Relationship, now: Date = Date()) async throws -> AgreementVersion? {
        try r.requireActive()
        let actor = context.actor
        let actorID = try actor.requireID()
        let rid = try r.requireID()
        let zone = try await ViewerZone.of(actor, on: context.db)
        let terms = try draft.validate(members: r.memberIDs, today: LocalDate(date: now, in: zone))
        let members = Set(r.memberIDs)
        let result: (AgreementVersion, Bool)? = try await context.db.transaction { tx in
            try await Self.lock(rid, on: tx)
            let latest = try await AgreementVersion.query(on: tx).filter(\.$relationshipID == rid)
                .sort(\.$number, .descending).with(\.$hopes).first()
            guard let number = AgreementRules.nextVersion(after: latest.map { (number: $0.number, terms: $0.terms) }, proposing: terms)
            else { return nil }
            let follows = latest.map { $0.followsInForce || $0.inForceAt != nil } ?? false
            let version = AgreementVersion(relationship: r, number: number, terms: terms, proposedBy: actorID, followsInForce: follows, at: now)
            try await version.create(on: tx)
            let versionID = try version.requireID()
            for (userID, hopes) in terms.hopes {
                try await AgreementHope(organisationID: r.organisationID, versionID: versionID, userID: userID, hopes: hopes).create(on: tx)
            }
            try await AgreementConfirmation(version: version, userID: actorID, at: now).create(on: tx)
            let inForce = AgreementRules.isInForce(confirmedBy: [actorID], members: members)
            if inForce { try await Self.bringIntoForce(version, relationship: r, at: now, on: tx) }
            try await Audit.record("agreement.proposed", organisationID: r.organisationID, actorID: actorID,
                                   target: "relationship", targetID: rid, details: "version \(number)", on: tx)
            return (version, inForce)
        }
        guard let result else { return nil }
        let (version, inForce) = result
        let edited = version.number > 1
        await context.effects.notify(PartnerNotifications.drafts(
            inForce ? .agreementInForce : .agreementProposed, in: r, by: actor,
            title: edited ? "\(actor.name) changed your mentoring agreement" : "\(actor.name) proposed a mentoring agreement",
            body: "Read it and confirm it, so it comes into force. You can also suggest changes.",
            anchor: "/agreement", key: version.id?.uuidString ?? "\(rid):\(version.number)"))
        return version
    }

    /// The actor confirms version `number`, which must be the current one (else 409).
    /// - Returns: the rules' outcome; `.confirmed(nowInForce: true)` when this completed it.
    @discardableResult
    func confirm(version number: Int, in r: Relationship, now: Date = Date()) async throws -> AgreementRules.ConfirmOutcome {
        try r.requireActive()
        let actor = context.actor
        let actorID = try actor.requireID()
        let rid = try r.requireID()
        let members = Set(r.memberIDs)
        let (outcome, version): (AgreementRules.ConfirmOutcome, AgreementVersion?) = try await context.db.transaction { tx in
            try await Self.lock(rid, on: tx)
            let latest = try await AgreementVersion.query(on: tx).filter(\.$relationshipID == rid).sort(\.$number, .descending).first()
            var confirmed: [UUID] = []
            if let latest {
                confirmed = try await AgreementConfirmation.query(on: tx).filter(\.$versionID == latest.requireID()).all(\.$userID)
            }
            let current = latest.map {
                AgreementRules.Current(number: $0.number, confirmedBy: Set(confirmed), followsInForce: $0.followsInForce || $0.inForceAt != nil)
            }
            let outcome = try AgreementRules.confirm(version: number, by: actorID, current: current, members: members)
            guard case .confirmed(let nowInForce) = outcome, let latest else { return (outcome, latest) }
            try await AgreementConfirmation(version: latest, userID: actorID, at: now).create(on: tx)
            if nowInForce { try await Self.bringIntoForce(latest, relationship: r, at: now, on: tx) }
            try await Audit.record(nowInForce ? "agreement.in_force" : "agreement.confirmed", organisationID: r.organisationID,
                                   actorID: actorID, target: "relationship", targetID: rid, details: "version \(number)", on: tx)
            return (outcome, latest)
        }
        if case .confirmed(nowInForce: true) = outcome, let version {
            await context.effects.notify(PartnerNotifications.drafts(
                .agreementInForce, in: r, by: actor, title: "Your mentoring agreement is in force",
                body: "\(actor.name) confirmed it, so everyone has. Your check-in rhythm is now \(CheckInRhythm(cadence: version.cadence, customDays: version.cadenceDays).label.lowercased()).",
                anchor: "/agreement", key: version.id?.uuidString ?? "\(rid):\(number)"))
        }
        return outcome
    }

    /// The first statement writes the relationship row: SQLite's write lock, PostgreSQL's row lock.
    /// Proposals and confirmations of one relationship take turns, and an archived one is refused.
    static func lock(_ rid: UUID, on tx: any Database) async throws {
        let active = try await (tx as! any SQLDatabase).raw("""
            UPDATE relationships SET status = status WHERE id = \(bind: rid) AND status = 'active' RETURNING id
            """).first()
        guard active != nil else { throw RelationshipError.archived }
    }

    /// Marks the version in force and makes its cadence the relationship's, which the check-in
    /// reminders and health read.
    static func bringIntoForce(_ version: AgreementVersion, relationship r: Relationship, at now: Date, on tx: any Database) async throws {
        version.inForceAt = now
        try await version.save(on: tx)
        let rhythm = CheckInRhythm(cadence: version.cadence, customDays: version.cadenceDays)
        try await Relationship.query(on: tx).filter(\.$id == r.requireID())
            .set(\.$cadence, to: rhythm.cadence).set(\.$cadenceDays, to: rhythm.customDays).update()
        r.cadence = rhythm.cadence
        r.cadenceDays = rhythm.customDays
    }
}

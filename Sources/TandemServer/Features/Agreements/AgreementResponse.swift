import Fluent
import Foundation
import TandemCore

/// The agreement as the API shows it to one member.
struct AgreementResponse: APIContent {
    struct Version: APIContent {
        let number: Int
        let cadence: String
        let customDays: Int?
        let format: String
        let hopes: [Hopes]
        let confidentiality: String
        let feedback: String
        let reviewOn: String
        let proposedBy: UUID
        let createdAt: Date
        let inForceAt: Date?
    }

    struct Hopes: APIContent {
        let userID: UUID
        let name: String
        let gives: String
        let gets: String
    }

    struct Confirmation: APIContent {
        let userID: UUID
        let name: String
        /// Whether this member confirmed the current version.
        let confirmed: Bool
        let lastConfirmedVersion: Int?
    }

    let relationshipID: UUID
    let state: String
    let inForce: Bool
    let awaitingYou: Bool
    let current: Version?
    let confirmations: [Confirmation]
    /// The version `changedFields` are counted from (the one you last confirmed), if any.
    let changedSinceVersion: Int?
    let changedFields: [String]
    /// Whose hopes changed since then.
    let changedHopesOf: [UUID]
    /// What a first proposal starts from: the programme's template. Nil once a version exists.
    let suggested: Suggestion?

    /// Form values to start from, in the shape of the PUT body.
    struct Suggestion: APIContent {
        struct Hopes: APIContent {
            let userID: String
            let gives: String
            let gets: String
        }
        let cadence: String
        let customDays: String
        let format: String
        let hopes: [Hopes]
        let confidentiality: String
        let feedback: String
        let reviewOn: String

        init(_ d: AgreementDraft) {
            cadence = d.cadence
            customDays = d.customDays
            format = d.format
            hopes = d.hopes.map { Hopes(userID: $0.userID, gives: $0.gives, gets: $0.gets) }
            confidentiality = d.confidentiality
            feedback = d.feedback
            reviewOn = d.reviewOn
        }

        var draft: AgreementDraft {
            AgreementDraft(cadence: cadence, customDays: customDays, format: format,
                           hopes: hopes.map { MemberHopesDraft(userID: $0.userID, gives: $0.gives, gets: $0.gets) },
                           confidentiality: confidentiality, feedback: feedback, reviewOn: reviewOn)
        }
    }

    static func load(_ r: Relationship, viewer: User, on db: any Database) async throws -> AgreementResponse {
        let reading = try await AgreementReading.load(r, viewer: viewer, on: db)
        let zone = try await ViewerZone.of(viewer, on: db)
        return try AgreementResponse(reading, today: LocalDate(date: Date(), in: zone))
    }

    init(_ reading: AgreementReading, today: LocalDate) throws {
        let snapshot = reading.snapshot
        relationshipID = try reading.relationship.requireID()
        state = reading.state.rawValue
        inForce = reading.isInForce
        awaitingYou = reading.awaitsViewer
        current = snapshot.map { s in
            let v = s.current
            let terms = v.terms
            return Version(
                number: v.number, cadence: v.cadence.rawValue, customDays: v.cadenceDays, format: v.format.rawValue,
                hopes: reading.orderedMemberIDs.map { id in
                    Hopes(userID: id, name: reading.name(of: id), gives: terms.hopes(of: id).gives, gets: terms.hopes(of: id).gets)
                },
                confidentiality: v.confidentiality, feedback: v.feedback, reviewOn: v.reviewOn, proposedBy: v.proposedBy,
                createdAt: v.createdAt, inForceAt: v.inForceAt)
        }
        confirmations = reading.orderedMemberIDs.map { id in
            Confirmation(userID: id, name: reading.name(of: id), confirmed: snapshot?.confirmedBy.contains(id) ?? false,
                         lastConfirmedVersion: snapshot?.lastConfirmed[id])
        }
        changedSinceVersion = reading.changes == nil ? nil : reading.base?.number
        changedFields = reading.changes?.fields.map(\.rawValue) ?? []
        changedHopesOf = reading.changes?.hopesOf ?? []
        suggested = snapshot == nil ? Suggestion(reading.startingDraft(today: today)) : nil
    }
}

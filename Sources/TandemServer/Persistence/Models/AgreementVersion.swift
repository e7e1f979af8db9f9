import Fluent
import Foundation
import TandemCore

/// One version of a relationship's agreement, with its terms copied in full.
final class AgreementVersion: Model, @unchecked Sendable {
    static let schema = "agreement_versions"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "relationship_id") var relationshipID: UUID
    @Field(key: "number") var number: Int
    @Field(key: "cadence") var cadence: Cadence
    @OptionalField(key: "cadence_days") var cadenceDays: Int?
    @Field(key: "format") var format: MeetingFormat
    @Field(key: "confidentiality") var confidentiality: String
    @Field(key: "feedback") var feedback: String
    /// "YYYY-MM-DD".
    @Field(key: "review_on") var reviewOn: String
    @Field(key: "proposed_by") var proposedBy: UUID
    @Field(key: "follows_in_force") var followsInForce: Bool
    /// When every member had confirmed this version; nil while it awaits someone.
    @OptionalField(key: "in_force_at") var inForceAt: Date?
    @Field(key: "created_at") var createdAt: Date
    @Children(for: \.$version) var hopes: [AgreementHope]

    init() {}

    init(relationship r: Relationship, number: Int, terms: AgreementTerms, proposedBy: UUID, followsInForce: Bool, at now: Date) {
        self.organisationID = r.organisationID
        self.relationshipID = r.id ?? UUID()
        self.number = number
        self.cadence = terms.rhythm.cadence
        self.cadenceDays = terms.rhythm.customDays
        self.format = terms.format
        self.confidentiality = terms.confidentiality
        self.feedback = terms.feedback
        self.reviewOn = terms.reviewOn.iso
        self.proposedBy = proposedBy
        self.followsInForce = followsInForce
        self.createdAt = now
    }

    /// The terms as stored; `hopes` must be loaded.
    var terms: AgreementTerms {
        AgreementTerms(
            rhythm: CheckInRhythm(cadence: cadence, customDays: cadenceDays), format: format,
            hopes: Dictionary(hopes.map { ($0.userID, MemberHopes(gives: $0.gives, gets: $0.gets)) }, uniquingKeysWith: { a, _ in a }),
            confidentiality: confidentiality, feedback: feedback,
            // Stored by `init` from a valid LocalDate; the fallback is never reached.
            reviewOn: LocalDate(iso: reviewOn) ?? LocalDate(date: createdAt, in: .gmt))
    }
}

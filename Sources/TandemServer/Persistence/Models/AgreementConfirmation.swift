import Fluent
import Foundation

/// A member's confirmation of one version.
final class AgreementConfirmation: Model, @unchecked Sendable {
    static let schema = "agreement_confirmations"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "relationship_id") var relationshipID: UUID
    @Field(key: "version_id") var versionID: UUID
    @Field(key: "user_id") var userID: UUID
    @Field(key: "confirmed_at") var confirmedAt: Date

    init() {}

    init(version: AgreementVersion, userID: UUID, at now: Date) {
        self.organisationID = version.organisationID
        self.relationshipID = version.relationshipID
        self.versionID = version.id ?? UUID()
        self.userID = userID
        self.confirmedAt = now
    }
}

import Fluent
import Foundation
import TandemCore

/// What one member hopes to give and to get, in one version.
final class AgreementHope: Model, @unchecked Sendable {
    static let schema = "agreement_hopes"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Parent(key: "version_id") var version: AgreementVersion
    @Field(key: "user_id") var userID: UUID
    @Field(key: "gives") var gives: String
    @Field(key: "gets") var gets: String

    init() {}

    init(organisationID: UUID, versionID: UUID, userID: UUID, hopes: MemberHopes) {
        self.organisationID = organisationID
        self.$version.id = versionID
        self.userID = userID
        self.gives = hopes.gives
        self.gets = hopes.gets
    }
}

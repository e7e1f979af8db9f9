import Fluent
import Foundation
import TandemCore

final class User: Model, @unchecked Sendable {
    static let schema = "users"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "email") var email: String
    @Field(key: "name") var name: String
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "role") var role: UserRole
    @Field(key: "is_active") var isActive: Bool
    @OptionalField(key: "manager_id") var managerID: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(id: UUID? = nil, organisationID: UUID, email: String, name: String, passwordHash: String, role: UserRole, managerID: UUID? = nil) {
        self.id = id
        self.organisationID = organisationID
        self.email = email
        self.name = name
        self.passwordHash = passwordHash
        self.role = role
        self.isActive = true
        self.managerID = managerID
    }

    var isAdmin: Bool { role == .admin }
}

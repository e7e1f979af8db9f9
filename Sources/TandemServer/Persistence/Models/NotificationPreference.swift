import Fluent
import Foundation
import TandemCore

/// A person's delivery choice for one kind of notification. No row means the default.
final class NotificationPreference: Model, @unchecked Sendable {
    static let schema = "notification_preferences"

    @ID(key: .id) var id: UUID?
    @Field(key: "user_id") var userID: UUID
    @Field(key: "kind") var kind: NotificationKind
    @Field(key: "choice") var choice: DeliveryChoice

    init() {}

    init(userID: UUID, kind: NotificationKind, choice: DeliveryChoice) {
        self.userID = userID
        self.kind = kind
        self.choice = choice
    }
}

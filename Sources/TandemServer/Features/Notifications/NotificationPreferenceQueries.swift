import Fluent
import Foundation
import TandemCore

enum NotificationPreferenceQueries {
    /// Each person's chosen delivery per kind, in one query; kinds without a row use the default.
    static func choices(of userIDs: [UUID], on db: any Database) async throws -> [UUID: [NotificationKind: DeliveryChoice]] {
        guard !userIDs.isEmpty else { return [:] }
        let rows = try await NotificationPreference.query(on: db).filter(\.$userID ~~ userIDs).all()
        var choices: [UUID: [NotificationKind: DeliveryChoice]] = [:]
        for row in rows { choices[row.userID, default: [:]][row.kind] = row.choice }
        return choices
    }
}

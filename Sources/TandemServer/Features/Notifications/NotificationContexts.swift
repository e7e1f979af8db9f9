import Foundation
import Vapor
import TandemCore

struct NotificationsContext: Encodable {
    struct Item: Encodable {
        let id: String
        let title: String
        let body: String
        let when: String
        let isUnread: Bool
    }

    let chrome: PageChrome
    let items: [Item]
    let hasItems: Bool
    let hasUnread: Bool
    let olderURL: String?
    let isLaterPage: Bool
}

extension NotificationsContext.Item {
    init(_ row: AppNotification, zone: String) {
        self.init(id: row.id?.uuidString ?? "", title: row.title, body: row.body,
                  when: DateText.dateTime(row.createdAt, timeZone: zone), isUnread: row.readAt == nil)
    }
}

struct NotificationPreferencesContext: Encodable {
    struct Option: Encodable {
        let value: String
        let label: String
        let isChosen: Bool
    }
    struct Row: Encodable {
        let kind: String
        let label: String
        let options: [Option]
        let error: String?
    }

    let chrome: PageChrome
    let rows: [Row]
    let hasErrors: Bool

    static func rows(_ choices: [(kind: NotificationKind, choice: DeliveryChoice)], typed: [String: String] = [:],
                     errors: ValidationFailure? = nil) -> [Row] {
        choices.map { item in
            let chosen = typed[item.kind.rawValue] ?? item.choice.rawValue
            return Row(kind: item.kind.rawValue, label: item.kind.label,
                       options: DeliveryChoice.allCases.map { Option(value: $0.rawValue, label: $0.label, isChosen: $0.rawValue == chosen) },
                       error: errors?.message(for: item.kind.rawValue))
        }
    }
}

struct UnsubscribeContext: Encodable {
    let chrome: PageChrome
    let token: String
    let kindLabel: String
    let isDone: Bool
}

/// The API's view of a notification.
struct NotificationDTO: APIContent {
    let id: UUID
    let kind: String
    let title: String
    let body: String
    let link: String
    let createdAt: Date?
    let readAt: Date?

    init(_ row: AppNotification) {
        id = row.id ?? UUID()
        kind = row.kind.rawValue
        title = row.title
        body = row.body
        link = row.link
        createdAt = row.createdAt
        readAt = row.readAt
    }
}

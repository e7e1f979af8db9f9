import Foundation
import TandemCore

/// Notifications for the other members of a relationship about something the actor did there.
enum PartnerNotifications {
    static func drafts(_ kind: NotificationKind, in r: Relationship, by actor: User, title: String, body: String,
                       anchor: String = "", key: String) -> [NotificationDraft] {
        guard let relationshipID = r.id else { return [] }
        return r.memberIDs.filter { $0 != actor.id }.map { partner in
            NotificationDraft(organisationID: r.organisationID, userID: partner, kind: kind, title: title, body: body,
                              link: "/relationships/\(relationshipID)\(anchor)", dedupeKey: "\(kind.rawValue):\(key):\(partner)")
        }
    }

    /// The first line of a text, cut to a preview's length.
    static func preview(_ text: String, limit: Int = 200) -> String {
        let line = text.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? ""
        return line.count > limit ? String(line.prefix(limit - 1)) + "…" : line
    }
}

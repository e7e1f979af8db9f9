import Foundation
import TandemCore

/// What the members hear when an admin re-matches their relationship. The admin's reason stays
/// on the timeline and in the audit log; members are told kindly, and asked for their closing
/// reflection as after any close. Mentees (and peers) are offered new recommendations.
enum RematchNotices {
    static func drafts(for r: Relationship) -> [NotificationDraft] {
        guard let rid = r.id else { return [] }
        let programme = r.programme
        let programmeID = r.$programme.id
        return r.members.filter { $0.leftAt == nil }.map { member in
            let seeksNewPartner = member.role != .mentor
            return NotificationDraft(
                organisationID: r.organisationID, userID: member.$user.id,
                kind: seeksNewPartner ? .rematchOffered : .relationshipClosed,
                title: seeksNewPartner ? "Find a new match in \(programme.name)" : "Your relationship in \(programme.name) has ended",
                body: seeksNewPartner
                    ? "The programme team ended your relationship so you can start afresh. Here are mentors who suit you now, and you are included in the next match run. You can still leave a closing reflection."
                    : "The programme team ended this relationship, and your seat is free again. Thank you for your time: you can still leave a closing reflection.",
                link: seeksNewPartner ? "/programmes/\(programmeID)/mentors#recommended-heading" : "/relationships/\(rid)/close",
                dedupeKey: "rematch:\(rid):\(member.$user.id)")
        }
    }
}

import Foundation
import TandemCore

/// The words of the escalation ladder: a friendly nudge to the pair, an alert to the admins.
/// Reasons are computed from dates and scores only; no note, message or feedback text.
enum RiskNotices {
    static func reasonsText(_ assessment: HealthAssessment) -> String {
        assessment.reasons.map(\.text).joined(separator: " ")
    }

    static func nudges(_ r: Relationship, now: Date) -> [NotificationDraft] {
        guard let rid = r.id else { return [] }
        let stamp = Int64(now.timeIntervalSince1970)
        return r.members.filter { $0.leftAt == nil }.map { member in
            NotificationDraft(
                organisationID: r.organisationID, userID: member.$user.id, kind: .nudgeRelationshipAtRisk,
                title: "How is your mentoring in \(r.programme.name) going?",
                body: "It has gone quiet lately. A short check-in, even fifteen minutes, keeps things moving: plan one now, or send a message to agree a time.",
                link: "/relationships/\(rid)#check-ins", dedupeKey: "nudge:at_risk:\(rid):\(member.$user.id):\(stamp)")
        }
    }

    static func alerts(_ r: Relationship, assessment: HealthAssessment, admins: [UUID], now: Date) -> [NotificationDraft] {
        guard let rid = r.id else { return [] }
        let stamp = Int64(now.timeIntervalSince1970)
        let names = r.members.filter { $0.leftAt == nil }.map { $0.$user.value?.name ?? "A member" }.joined(separator: ", ")
        return admins.map { admin in
            NotificationDraft(
                organisationID: r.organisationID, userID: admin, kind: .relationshipEscalated,
                title: "\(names) in \(r.programme.name) still need attention",
                body: "\(reasonsText(assessment)) They were nudged a while ago and nothing changed. \(EscalationRules.suggestion)",
                link: "/programmes/\(r.$programme.id)/relationships/\(rid)", dedupeKey: "risk_alert:\(rid):\(admin):\(stamp)")
        }
    }
}

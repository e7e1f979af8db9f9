import Fluent
import Foundation
import TandemCore

/// Two-way feedback: each side tells the other what went well and what could be better.
struct FeedbackService {
    let context: ServiceContext

    /// Validates and saves feedback from the actor to another member, about a check-in if named.
    func give(_ draft: FeedbackDraft, to raw: String?, about checkIn: UUID?, in r: Relationship) async throws -> Feedback {
        try r.requireActive()
        let user = context.actor
        let recipient = try FeedbackRecipient.choose(raw, among: r.memberIDs.filter { $0 != user.id })
        let valid = try draft.validate()
        let meetingID = try await checkIn.asyncMap { try await WorkspaceLookup.meeting($0, in: r, on: context.db).requireID() }
        let feedback = Feedback(organisationID: user.organisationID, relationshipID: try r.requireID(), meetingID: meetingID,
                                from: try user.requireID(), to: recipient, wentWell: valid.wentWell, couldBeBetter: valid.couldBeBetter)
        try await feedback.create(on: context.db)
        await context.effects.notify(PartnerNotifications.drafts(
            .feedbackReceived, in: r, by: user, title: "\(user.name) sent you feedback",
            body: "Read what went well and what could be better.", anchor: "#feedback",
            key: feedback.id?.uuidString ?? UUID().uuidString).filter { $0.userID == recipient })
        return feedback
    }

}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async throws -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}

import Foundation
import TandemCore

/// A notification about to be written: for whom, of what kind, what it says and where to act.
struct NotificationDraft: Sendable {
    var organisationID: UUID
    var userID: UUID
    var kind: NotificationKind
    var title: String
    /// Plain text.
    var body: String
    /// A path inside Tandem, e.g. `/requests`.
    var link: String
    /// The same event seen twice (a retried request, two sweeps) notifies once.
    var dedupeKey: String
    /// False when the sender chose in-app only (a plan message without email): then no email,
    /// whatever the person's preference.
    var emailAllowed = true
    /// A meeting invitation for the email (`text/calendar; method=REQUEST` or `CANCEL`).
    var calendar: OutgoingEmail.CalendarPart?
}

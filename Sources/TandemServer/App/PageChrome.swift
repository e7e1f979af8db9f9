import Vapor

/// What the layout needs on every page: title, who is signed in, the CSRF token and a flash message.
struct PageChrome: Encodable {
    let title: String
    let csrfToken: String
    let signedIn: Bool
    let userName: String
    let isAdmin: Bool
    let flash: String?
    let section: String
    /// The main navigation, with the current section marked, so the layout compares nothing.
    let nav: [NavLink]
    /// The notifications bell and its unread count.
    let bell: Bell
    /// For pages that watch background work, such as a running match.
    var autoRefresh = false

    struct Bell: Encodable {
        /// "3", "99+", or nil when nothing is unread.
        let count: String?
        /// What a screen reader says: "Notifications, 3 unread".
        let label: String
        let isCurrent: Bool

        init(unread: Int, isCurrent: Bool) {
            let text = unread >= NotificationQueries.unreadCap ? "\(NotificationQueries.unreadCap - 1)+" : String(unread)
            count = unread > 0 ? text : nil
            label = unread > 0 ? "Notifications, \(text) unread" : "Notifications, none unread"
            self.isCurrent = isCurrent
        }
    }

    init(request: Request, title: String, section: String = "", flash: String? = nil) {
        self.title = title
        self.csrfToken = request.csrfToken
        self.signedIn = request.currentUser != nil
        self.userName = request.currentUser?.name ?? ""
        self.isAdmin = request.currentUser?.isAdmin ?? false
        self.flash = flash ?? request.query[String.self, at: "notice"].flatMap(Flash.message(for:))
        self.section = section
        self.nav = NavLink.main(current: section, isAdmin: isAdmin)
        self.bell = Bell(unread: request.unreadNotifications, isCurrent: section == "notifications")
    }
}

/// One link of the main navigation.
struct NavLink: Encodable {
    let href: String
    let label: String
    let isCurrent: Bool

    private static let everyone = [("dashboard", "/", "Dashboard"), ("programmes", "/programmes", "Programmes"),
                                   ("requests", "/requests", "Requests"), ("profile", "/profile", "Profile"),
                                   ("calendar", "/calendar", "Calendar")]
    private static let admins = [("people", "/admin/people", "People"), ("invitations", "/admin/invitations", "Invitations"),
                                 ("concerns", "/admin/concerns", "Concerns"),
                                 ("outbox", "/admin/outbox", "Outbox"), ("jobs", "/admin/jobs", "Jobs"),
                                 ("integrations", "/admin/integrations", "Integrations"), ("audit", "/admin/audit", "Audit log")]

    static func main(current: String, isAdmin: Bool) -> [NavLink] {
        (everyone + (isAdmin ? admins : [])).map { NavLink(href: $0.1, label: $0.2, isCurrent: $0.0 == current) }
    }
}

/// Post/Redirect/Get notices travel as a short code in the URL, never as free text.
enum Flash {
    static let messages: [String: String] = [
        "programme-created": "Programme created.",
        "programme-saved": "Programme saved.",
        "programme-archived": "Programme archived.",
        "enrolled": "You are enrolled.",
        "left": "You have left the programme.",
        "profile-saved": "Profile saved.",
        "request-sent": "Request sent. You will see the answer here.",
        "request-declined": "Request declined.",
        "request-withdrawn": "Request withdrawn.",
        "invitation-revoked": "Invitation revoked.",
        "person-saved": "Changes saved.",
        "welcome": "Welcome to Tandem.",
        "notifications-read": "All notifications marked read.",
        "job-retried": "The job will run again in a moment.",
        "integration-saved": "Webhook saved. Announcements and new matches will be posted there.",
        "integration-removed": "Webhook removed.",
        "announcement-saved": "Announcement saved. It goes out at its time; this list shows when it has.",
        "notification-settings-saved": "Notification settings saved.",
        "concern-raised": "Your concern was sent to the programme admins. The other members cannot see it.",
        "concern-resolved": "Concern marked as resolved.",
        "rhythm-saved": "Cadence saved. The next check-in date follows from it.",
        "agreement-proposed": "Agreement proposed. The other members are asked to confirm it.",
        "agreement-unchanged": "Nothing changed, so the agreement stays as it was.",
        "agreement-confirmed": "Confirmed. The agreement comes into force when everyone has confirmed it.",
        "agreement-in-force": "The agreement is in force: everyone has confirmed it, and its cadence is now yours.",
        "agreement-template-saved": "Agreement template saved. New pairs in this programme start from it.",
        "goal-saved": "Goal saved.",
        "update-added": "Update added.",
        "meeting-scheduled": "Meeting scheduled. It is in both of your calendar feeds.",
        "meeting-moved": "Meeting moved. Calendars that subscribe to your feed update by themselves.",
        "meeting-cancelled": "Meeting cancelled.",
        "check-in-logged": "Check-in logged. Your partner is asked to confirm it.",
        "check-in-exists": "This check-in was already logged; it is listed below.",
        "check-in-confirmed": "Check-in confirmed: its time counts as confirmed mentoring hours.",
        "feedback-sent": "Feedback sent. Your partner sees it in this relationship.",
        "relationship-closed": "Thank you for your reflection. The relationship is archived and its history kept.",
        "relationship-rematched": "Relationship ended kindly. Seats are free again, the members are asked for their reflections, and the mentee is offered new mentors.",
        "relationship-closed-by-admin": "Relationship closed. Its members' seats are free again, and the reason is in the audit log.",
        "relationship-already-closed": "That relationship was already closed.",
        "circle-left": "You left the circle. Your place in it is free for someone else.",
        "calendar-feed-ready": "Your calendar feed address is ready. Any older address has stopped working.",
        "survey-created": "Survey created. Participants see it when it is due.",
        "survey-closed": "Survey closed.",
        "survey-answered": "Thank you: your answers are saved.",
        "plan-message-added": "Message added to the plan.",
        "plan-message-saved": "Message saved.",
        "plan-message-on": "Message switched on.",
        "plan-message-off": "Message switched off. It will not be sent until you switch it on again.",
        "match-approved": "Match approved: the relationships are created.",
        "match-approved-partly": "Match approved: the pairs that still held are created. Some changed since the run and were left out; see below.",
        "match-approved-one": "Match approved: the relationship is created.",
        "signed-out": "You are signed out.",
        "password-reset": "Your password is set. Sign in with it now.",
        "password-changed": "Password changed. Your other devices were signed out.",
        "availability-saved": "Availability saved.",
        "away-saved": "You are marked away. Browse and recommendations hide you, and waiting requests were declined kindly for you.",
    ]

    static func message(for code: String) -> String? { messages[code] }
}

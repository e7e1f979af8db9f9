/// Every kind of background job. Stored as its raw value; each kind has one handler.
public enum JobKind: String, Codable, Sendable, CaseIterable {
    /// Looks at the data and enqueues whatever has fallen due (nudges, plan messages, phase changes).
    case sweep
    /// Sends one outbox email through SMTP, or keeps it in the outbox when no SMTP is set.
    case sendEmail = "send_email"
    /// Posts one message to a Slack or Teams incoming webhook.
    case postWebhook = "post_webhook"
    /// Sends one announcement to its audience, at its time.
    case sendAnnouncement = "send_announcement"
    /// Solves a saved match run.
    case solveMatchRun = "solve_match_run"
}

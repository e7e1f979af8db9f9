import Foundation
import TandemCore

struct JobsContext: Encodable {
    struct Row: Encodable {
        let id: String
        let kind: String
        let runAt: String
        let attempts: Int
        let error: String?
        let finishedAt: String
    }

    let chrome: PageChrome
    let failed: [Row]
    let running: [Row]
    let due: [Row]
    let hasFailed: Bool
    let hasRunning: Bool
    let hasDue: Bool
    let limit: Int
}

extension JobsContext.Row {
    init(_ job: Job, zone: String) {
        self.init(id: job.id?.uuidString ?? "", kind: Self.label(job.kind),
                  runAt: DateText.dateTime(job.runAt, timeZone: zone), attempts: job.attempts,
                  error: job.lastError.flatMap { $0.isEmpty ? nil : $0 },
                  finishedAt: DateText.dateTime(job.finishedAt, timeZone: zone))
    }

    static func label(_ kind: JobKind) -> String {
        switch kind {
        case .sweep: "Scheduled work"
        case .sendEmail: "Send an email"
        case .postWebhook: "Post to Slack or Teams"
        case .solveMatchRun: "Solve a match run"
        case .sendAnnouncement: "Send an announcement"
        }
    }
}

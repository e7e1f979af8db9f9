import Fluent
import Foundation
import TandemCore
import Vapor

/// One handler per job kind.
enum JobHandlers {
    static func run(_ job: Job, now: Date, app: Application) async throws {
        let payload = Data(job.payload.utf8)
        let decoder = JSONDecoder()
        switch job.kind {
        case .sweep:
            try await Sweep.run(now: now, app: app)
        case .sendEmail:
            let body = try decoder.decode(JobPayload.SendEmail.self, from: payload)
            try await EmailDelivery.send(outboxID: body.outboxID, attempt: job.attempts, now: now, app: app)
        case .postWebhook:
            let body = try decoder.decode(JobPayload.PostWebhook.self, from: payload)
            try await WebhookDelivery.post(body, app: app)
        case .sendAnnouncement:
            let body = try decoder.decode(JobPayload.SendAnnouncement.self, from: payload)
            try await AnnouncementDelivery.send(body.announcementID, now: now, app: app)
        case .solveMatchRun:
            let body = try decoder.decode(JobPayload.SolveMatchRun.self, from: payload)
            try await MatchRunner.execute(runID: body.runID, app: app)
        }
    }
}

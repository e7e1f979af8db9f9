import Fluent
import Foundation
import Testing
import VaporTesting
@testable import TandemCore
@testable import TandemServer

/// A webhook transport that records what it was asked to post.
final class RecordingWebhookPoster: WebhookPoster, @unchecked Sendable {
    private let lock = NSLock()
    private var _posts: [(url: URL, json: String)] = []
    var posts: [(url: URL, json: String)] { lock.withLock { _posts } }

    func post(json: Data, to url: URL) async throws -> Int {
        lock.withLock { _posts.append((url, String(decoding: json, as: UTF8.self))) }
        return 200
    }
}

@Suite("Integrations: Slack and Teams webhooks")
struct IntegrationsTests {
    @Test(arguments: TestDB.enabled)
    func adminsSetWebhooksAndAnnouncementsArePostedToTheProgrammesOwn(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let scene = try await MentoringScene.make(fixtures)
            let poster = RecordingWebhookPoster()
            app.webhookPoster = poster
            let admin = try await fixtures.client(signedInAs: scene.admin)

            // act: an organisation-wide Slack hook, a programme's own Slack hook, a bad address
            let org = try await admin.api(.PUT, "/api/v1/integrations/slack", json: ["webhook_url": "https://hooks.slack.com/services/T/B/orgwide1"])
            let own = try await admin.api(.PUT, "/api/v1/programmes/\(scene.programmeID)/integrations/slack",
                                          json: ["webhook_url": "https://hooks.slack.com/services/T/B/program2"])
            let plain = try await admin.api(.PUT, "/api/v1/integrations/teams", json: ["webhook_url": "http://example.org/hook"])
            let unknown = try await admin.api(.PUT, "/api/v1/integrations/carrier-pigeon", json: ["webhook_url": "https://x.test"])
            _ = try await admin.post("/programmes/\(scene.programmeID)/announcements", form: [
                "subject": "Tea & talk", "body": "Thursday <3pm>", "audience": "everyone", "channels[]": "slack"])
            await app.backgroundTasks.drain()
            try await JobWorker(app: app).runDue(now: Date().addingTimeInterval(1), sweeping: false)

            // assert: the masked address comes back; the programme's own hook got the post, escaped for Slack
            #expect(org.status == .ok)
            #expect(org.body.string.contains("…ide1"))
            #expect(!org.body.string.contains("orgwide1/"))
            #expect(own.status == .ok)
            #expect(plain.status == .unprocessableEntity)
            #expect(unknown.status == .notFound)
            #expect(poster.posts.map(\.url.absoluteString) == ["https://hooks.slack.com/services/T/B/program2"])
            #expect(poster.posts.first?.json.contains("Tea &amp; talk") == true)
            #expect(poster.posts.first?.json.contains("Thursday &lt;3pm&gt;") == true)
            #expect(try await fixtures.auditCount("integration.set") == 2)
        }
    }

    @Test(arguments: TestDB.enabled)
    func participantsAndOtherOrganisationsCannotSetWebhooks(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let scene = try await MentoringScene.make(fixtures)
            let other = try await fixtures.organisation("Other")
            let otherAdmin = try await fixtures.user(in: other, name: "Olga Admin", role: .admin)
            let body = ["webhook_url": "https://hooks.slack.com/services/T/B/C"]
            // act
            let participant = try await fixtures.client(signedInAs: scene.mentee).api(.PUT, "/api/v1/integrations/slack", json: body)
            let foreign = try await fixtures.client(signedInAs: otherAdmin)
                .api(.PUT, "/api/v1/programmes/\(scene.programmeID)/integrations/slack", json: body)
            let forgedScope = try await fixtures.client(signedInAs: scene.admin).post("/admin/integrations", form: [
                "channel": "slack", "programme": "not-an-id", "webhook_url": "https://hooks.slack.com/services/T/B/C"])
            // assert
            #expect(participant.status == .forbidden)
            #expect(foreign.status == .notFound)
            #expect(forgedScope.status == .notFound)
            #expect(try await WebhookIntegration.query(on: app.db).count() == 0)
        }
    }
}

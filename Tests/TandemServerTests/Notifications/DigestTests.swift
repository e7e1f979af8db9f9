import Fluent
import Foundation
import Testing
import VaporTesting
@testable import TandemCore
@testable import TandemServer

@Suite("Daily digest")
struct DigestTests {
    @Test(arguments: TestDB.enabled)
    func aDigestGathersTheDaysNotificationsIntoOneEmail(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: Maria wants messages as a daily digest; two arrive during the night
            let s = try await NotificationFlowTests.scene(app)
            try await NotificationService.save([(.message, .dailyDigest)], for: s.mentor.requireID(), on: app.db)
            let today = LocalDate(date: Date(), in: .gmt).startInstant(in: .gmt)
            try await Notifier.deliver([NotificationFlowTests.draft(s, kind: .message, key: "1"),
                                        NotificationFlowTests.draft(s, kind: .message, key: "2")],
                                       now: today.addingTimeInterval(3600), settings: app.settings, on: app.db)
            let immediate = try await OutboxMessage.query(on: app.db).count()

            // act: before 08:00 nothing; at 08:30 one digest; again at 09:00 nothing more
            try await BackgroundJobs.runDue(on: app, now: today.addingTimeInterval(7 * 3600))
            let early = try await OutboxMessage.query(on: app.db).count()
            try await BackgroundJobs.runDue(on: app, now: today.addingTimeInterval(8.5 * 3600))
            try await BackgroundJobs.runDue(on: app, now: today.addingTimeInterval(9 * 3600))

            // assert
            #expect(immediate == 0)
            #expect(early == 0)
            let digests = try await OutboxMessage.query(on: app.db).all()
            #expect(digests.count == 1)
            #expect(digests.first?.subject == "Your Tandem digest: 2 updates")
            #expect(digests.first?.toEmail == s.mentor.email)
            #expect(try await AppNotification.query(on: app.db).filter(\.$digestedAt == nil).count() == 0)
        }
    }
}

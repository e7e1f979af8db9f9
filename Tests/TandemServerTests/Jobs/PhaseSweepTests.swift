import Fluent
import Foundation
import Testing
import VaporTesting
@testable import TandemCore
@testable import TandemServer

@Suite("Sweep: phase boundaries of formal programmes")
struct PhaseSweepTests {
    /// A paired mentor and mentee in a programme made formal with these day offsets from `base`.
    static func pairedFormalScene(_ app: Application, base: Date, offsets: [Int]) async throws -> (MentoringScene, Relationship) {
        let fixtures = Fixtures(app: app)
        let scene = try await MentoringScene.make(fixtures)
        let request = try await fixtures.request(from: scene.mentee, to: scene.mentor, in: scene.programme)
        try await request.$programme.load(on: app.db)
        let relationshipID = try await RequestService.pair(request, on: app.db)
        let p = scene.programme
        let days = offsets.map { LocalDate(date: base.addingTimeInterval(Double($0) * 86400), in: .gmt).iso }
        p.mode = .formal
        (p.enrolmentStarts, p.matchingStarts, p.activeStarts, p.closingStarts, p.endsOn) = (days[0], days[1], days[2], days[3], days[4])
        try await p.save(on: app.db)
        return (scene, try #require(try await Relationship.find(relationshipID, on: app.db)))
    }

    @Test(arguments: TestDB.enabled)
    func adminsHearOnceThatMatchingOpened(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: matching begins tomorrow (UTC organisation)
            let now = Date()
            let (scene, _) = try await Self.pairedFormalScene(app, base: now, offsets: [-10, 1, 20, 30, 40])
            let notices = { try await AppNotification.query(on: app.db).filter(\.$kind == .phaseChanged).all() }

            // act + assert: nothing today; tomorrow (a few hours in) the admin hears, once
            try await BackgroundJobs.runDue(on: app, now: now)
            #expect(try await notices().isEmpty)
            let tomorrow = LocalDate(date: now.addingTimeInterval(86400), in: .gmt).startInstant(in: .gmt).addingTimeInterval(3600)
            try await BackgroundJobs.runDue(on: app, now: tomorrow)
            try await BackgroundJobs.runDue(on: app, now: tomorrow.addingTimeInterval(600))
            let sent = try await notices()
            #expect(sent.map(\.userID) == [scene.admin.id])
            #expect(sent.first?.title == "Matching is open for \(scene.programme.name)")
        }
    }

    @Test(arguments: TestDB.enabled)
    func aProgrammeThatBeganMonthsAgoAnnouncesNothingOld(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: active since 60 days
            _ = try await Self.pairedFormalScene(app, base: Date(), offsets: [-100, -80, -60, 30, 40])
            // act
            try await BackgroundJobs.runDue(on: app, now: Date())
            // assert
            #expect(try await AppNotification.query(on: app.db).filter(\.$kind == .phaseChanged).count() == 0)
        }
    }

    @Test(arguments: TestDB.enabled)
    func theEndAsksForReflectionsThenArchivesAfterFourteenDays(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: the programme ends tomorrow
            let now = Date()
            let (scene, relationship) = try await Self.pairedFormalScene(app, base: now, offsets: [-100, -80, -60, -20, 1])
            let endDay = LocalDate(date: now.addingTimeInterval(86400), in: .gmt).startInstant(in: .gmt)

            // act: the end date, then 13 days on, then 14
            try await BackgroundJobs.runDue(on: app, now: endDay.addingTimeInterval(60))
            let prompted = try await AppNotification.query(on: app.db).filter(\.$kind == .phaseChanged).all()
            try await BackgroundJobs.runDue(on: app, now: endDay.addingTimeInterval(13 * 86400))
            let stillOpen = try await Relationship.find(relationship.id, on: app.db)?.status
            try await BackgroundJobs.runDue(on: app, now: endDay.addingTimeInterval(14 * 86400))

            // assert: both members were asked; the relationship closed after the grace, seats given back
            #expect(Set(prompted.map(\.userID)) == Set([scene.mentor.id, scene.mentee.id]))
            #expect(stillOpen == .active)
            let closed = try #require(try await Relationship.find(relationship.id, on: app.db))
            #expect(closed.status == .closed)
            #expect(try await Fixtures(app: app).auditCount("relationship.closed") == 1)
            #expect(try await Fixtures(app: app).enrolment(of: scene.mentor, in: scene.programme, as: .mentor)?.seatsUsed == 0)
        }
    }
}

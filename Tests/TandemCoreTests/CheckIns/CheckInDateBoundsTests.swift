import Foundation
import Testing
@testable import TandemCore

/// A check-in's date lies between the relationship's start day and now.
@Suite struct CheckInDateBoundsTests {
    /// 1 June 2026, noon in Berlin.
    let now = instant(2026, 6, 1, 12, 0, in: Zone.berlin)
    /// The relationship started on 20 May 2026 at 23:30 in Berlin (21:30 UTC).
    let started = instant(2026, 5, 20, 23, 30, in: Zone.berlin)

    func draft(_ date: String, _ time: String = "09:00") -> CheckInDraft {
        CheckInDraft(meeting: MeetingDraft(date: date, time: time, timeZone: "Europe/Berlin", durationMinutes: "30", format: "call"))
    }

    @Test func theStartDayItselfIsAllowedEvenEarlierThatDay() throws {
        // arrange
        let sameDay = draft("2026-05-20", "08:00")
        // act
        let valid = try sameDay.validate(defaultTimeZone: Zone.berlin, now: now, memberIDs: [], relationshipStarted: started)
        // assert
        #expect(valid.meeting.startsAt < started)
    }

    @Test func theDayBeforeTheStartIsRefused() {
        // arrange
        let early = draft("2026-05-19", "23:00")
        // act
        let codes: [String] = {
            do {
                _ = try early.validate(defaultTimeZone: Zone.berlin, now: now, memberIDs: [], relationshipStarted: started)
                return []
            } catch let failure as ValidationFailure { return failure.fields.map(\.code) } catch { return ["unexpected"] }
        }()
        // assert
        #expect(codes == ["before_start"])
    }

    @Test func withoutAStartOnlyTheFutureIsRefused() {
        // arrange, act, assert
        #expect(failedFields { _ = try draft("2020-01-01").validate(defaultTimeZone: Zone.berlin, now: now, memberIDs: []) } == [])
        #expect(failedFields { _ = try draft("2026-06-02").validate(defaultTimeZone: Zone.berlin, now: now, memberIDs: []) } == ["date"])
    }
}

import Foundation
import Testing
@testable import TandemCore

@Suite struct AwayWindowTests {
    @Test(arguments: [
        ("set today, first minute of the day", instant(2026, 6, 1, 0, 0, in: Zone.berlin), true),
        ("the last day, its last second", instant(2026, 6, 10, 23, 59, 59, in: Zone.berlin), true),
        ("the next day's first second: back", instant(2026, 6, 11, 0, 0, 0, in: Zone.berlin), false),
        ("before the last day, late evening", instant(2026, 6, 9, 23, 0, in: Zone.berlin), true),
        // 23:30 UTC on the 10th is already the 11th in Berlin.
        ("the zone decides the day", instant(2026, 6, 10, 23, 30, in: Zone.utc), false),
    ] as [(String, Date, Bool)])
    func awayThroughTheLastLocalDayInclusive(name: String, now: Date, away: Bool) {
        #expect(AwayWindow.isAway(until: day("2026-06-10"), at: now, in: Zone.berlin) == away, "\(name)")
    }

    @Test func notAwayWithoutADate() {
        #expect(!AwayWindow.isAway(until: nil, at: Date(), in: Zone.berlin))
    }

    @Test func backTheDayAfter() {
        #expect(AwayWindow.backOn(day("2026-12-31")) == day("2027-01-01"))
    }

    @Test(arguments: [
        ("", "", [String]()),
        ("2026-06-01", "", []),
        ("2027-06-02", "", []),
        ("2026-05-31", "", ["away_until"]),
        ("2027-06-03", "", ["away_until"]),
        ("01/06/2026", "", ["away_until"]),
        ("2026-06-05", String(repeating: "x", count: 201), ["away_note"]),
        ("yesterday", String(repeating: "x", count: 201), ["away_note", "away_until"]),
    ])
    func validatesTodayToAYearAheadAndANoteLength(until: String, note: String, failing: [String]) {
        // act
        let fields = failedFields { _ = try AvailabilityDraft(awayUntil: until, awayNote: note).validate(today: day("2026-06-01")) }
        // assert
        #expect(fields == failing)
    }

    @Test func clearingTheDateDropsTheNoteButKeepsHiding() throws {
        // act
        let valid = try AvailabilityDraft(awayUntil: " ", awayNote: "On leave", hideActivity: true).validate(today: day("2026-06-01"))
        // assert
        #expect(valid == Availability(awayUntil: nil, awayNote: nil, hideActivity: true))
    }

    @Test func keepsTheTrimmedNoteWithADate() throws {
        // act
        let valid = try AvailabilityDraft(awayUntil: "2026-06-20", awayNote: "  Parental leave ").validate(today: day("2026-06-01"))
        // assert
        #expect(valid.awayUntil == day("2026-06-20"))
        #expect(valid.awayNote == "Parental leave")
    }
}

@Suite struct RequestPolicyTests {
    @Test(arguments: [
        ("5", "3", [String]()), ("1", "1", []), ("30", "10", []),
        ("0", "3", ["response_window_days"]), ("31", "3", ["response_window_days"]),
        ("5", "0", ["max_open_requests"]), ("5", "11", ["max_open_requests"]),
        ("five", "", ["max_open_requests", "response_window_days"]),
    ])
    func validatesRanges(window: String, open: String, failing: [String]) {
        #expect(failedFields { _ = try RequestPolicyDraft(responseWindowDays: window, maxOpenRequests: open).validate() } == failing)
    }

    @Test func fieldsNotSentKeepTheCurrentPolicy() throws {
        // arrange
        let current = RequestPolicy(responseWindowDays: 9, maxOpenRequests: 2)
        // act
        let kept = try RequestPolicyDraft().validate(current: current)
        let half = try RequestPolicyDraft(maxOpenRequests: "4").validate(current: current)
        // assert
        #expect(kept == current)
        #expect(half == RequestPolicy(responseWindowDays: 9, maxOpenRequests: 4))
        #expect(try RequestPolicyDraft().validate() == RequestPolicy(responseWindowDays: 5, maxOpenRequests: 3))
    }

    @Test func decodesNumbersTextAndMissingFields() throws {
        // act
        let numbers = try JSONDecoder().decode(RequestPolicyDraft.self, from: Data(#"{"response_window_days": 7, "max_open_requests": "2"}"#.utf8))
        let missing = try JSONDecoder().decode(RequestPolicyDraft.self, from: Data(#"{"max_open_requests": null}"#.utf8))
        // assert
        #expect(numbers == RequestPolicyDraft(responseWindowDays: "7", maxOpenRequests: "2"))
        #expect(missing == RequestPolicyDraft())
    }
}

@Suite struct ResponseStatsTests {
    @Test(arguments: [
        ([Int](), nil), ([40], 40), ([30, 10], 10), ([5, 1, 9], 5), ([7, 7, 100, 1], 7),
    ] as [([Int], Int?)])
    func medianIsTheLowerMiddle(seconds: [Int], median: Int?) {
        #expect(ResponseTime.median(seconds) == median)
    }

    @Test(arguments: [
        (0, "Usually answers within an hour"), (3600, "Usually answers within an hour"),
        (3601, "Usually answers within 2 hours"), (86_399, "Usually answers within 24 hours"),
        (86_400, "Usually answers within a day"), (86_401, "Usually answers within 2 days"),
        (4 * 86_400, "Usually answers within 4 days"),
    ])
    func labelsRoundUp(seconds: Int, label: String) {
        #expect(ResponseTime.label(medianSeconds: seconds) == label)
    }

    @Test(arguments: [
        (nil, "Not active recently"), (0.0, "Active in the last day"), (86_399.0, "Active in the last day"),
        (86_400.0, "Active this week"), (7 * 86_400 - 1.0, "Active this week"), (7 * 86_400.0, "Active this month"),
        (30 * 86_400.0, "Not active recently"),
    ] as [(TimeInterval?, String)])
    func lastActiveIsCoarse(ago: TimeInterval?, label: String) {
        // arrange
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        // act + assert
        #expect(LastActive.label(lastSeen: ago.map { now.addingTimeInterval(-$0) }, now: now) == label)
    }
}

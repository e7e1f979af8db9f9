import Foundation
import Testing
@testable import TandemCore

@Suite struct RequestClockTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let sent: Date
        let window: Int
        let zone: TimeZone
        let expires: Date
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "summer, no clock change", sent: instant(2026, 6, 1, 10, 0, in: Zone.berlin), window: 5, zone: Zone.berlin,
             expires: instant(2026, 6, 6, 10, 0, in: Zone.berlin)),
        Case(name: "across spring forward: 119 hours", sent: instant(2026, 3, 27, 10, 0, in: Zone.berlin), window: 5, zone: Zone.berlin,
             expires: instant(2026, 4, 1, 10, 0, in: Zone.berlin)),
        Case(name: "across fall back: 121 hours", sent: instant(2026, 10, 23, 10, 0, in: Zone.berlin), window: 5, zone: Zone.berlin,
             expires: instant(2026, 10, 28, 10, 0, in: Zone.berlin)),
        Case(name: "ends in the skipped hour: moves on by the gap", sent: instant(2026, 3, 24, 2, 30, in: Zone.berlin), window: 5,
             zone: Zone.berlin, expires: instant(2026, 3, 29, 3, 30, in: Zone.berlin)),
        Case(name: "southern hemisphere spring forward", sent: instant(2026, 9, 25, 9, 0, in: Zone.auckland), window: 3,
             zone: Zone.auckland, expires: instant(2026, 9, 28, 9, 0, in: Zone.auckland)),
        Case(name: "one day in UTC", sent: instant(2026, 2, 28, 23, 59, in: Zone.utc), window: 1, zone: Zone.utc,
             expires: instant(2026, 3, 1, 23, 59, in: Zone.utc)),
        Case(name: "thirty days over a month end", sent: instant(2026, 1, 31, 8, 0, in: Zone.utc), window: 30, zone: Zone.utc,
             expires: instant(2026, 3, 2, 8, 0, in: Zone.utc)),
    ]

    @Test(arguments: cases)
    func expiresAtTheSameLocalTimeWindowCalendarDaysLater(c: Case) {
        // act
        let expiry = RequestClock.expiry(sentAt: c.sent, windowDays: c.window, in: c.zone)
        // assert
        #expect(expiry == c.expires)
    }

    @Test(arguments: cases)
    func expiresExactlyAtTheWindowNotASecondBefore(c: Case) {
        // arrange
        func expired(_ offset: TimeInterval) -> Bool {
            RequestClock.isExpired(sentAt: c.sent, windowDays: c.window, in: c.zone, at: c.expires.addingTimeInterval(offset))
        }
        // act + assert
        #expect(!expired(-1))
        #expect(expired(0))
        #expect(expired(1))
    }

    @Test func windowsCountCalendarDaysNotTwentyFourHourPeriodsAcrossDST() {
        // arrange
        let spring = instant(2026, 3, 27, 10, 0, in: Zone.berlin)
        let autumn = instant(2026, 10, 23, 10, 0, in: Zone.berlin)
        // act
        let short = RequestClock.expiry(sentAt: spring, windowDays: 5, in: Zone.berlin).timeIntervalSince(spring)
        let long = RequestClock.expiry(sentAt: autumn, windowDays: 5, in: Zone.berlin).timeIntervalSince(autumn)
        // assert
        #expect(short == 119 * 3600)
        #expect(long == 121 * 3600)
    }

    @Test(arguments: [
        (instant(2026, 6, 1, 10, 0, in: Zone.berlin), 5, 60 * 3600.0),
        (instant(2026, 3, 27, 10, 0, in: Zone.berlin), 5, 59.5 * 3600),
        (instant(2026, 6, 1, 10, 0, in: Zone.berlin), 1, 12 * 3600.0),
        (instant(2026, 6, 1, 10, 0, in: Zone.berlin), 10, 120 * 3600.0),
    ] as [(Date, Int, TimeInterval)])
    func nudgesHalfwayThroughTheWindow(sent: Date, window: Int, after: TimeInterval) {
        // act
        let moment = RequestClock.nudgeMoment(sentAt: sent, windowDays: window, in: Zone.berlin)
        // assert
        #expect(moment.timeIntervalSince(sent) == after)
        #expect(!RequestClock.isNudgeDue(sentAt: sent, windowDays: window, in: Zone.berlin, at: moment.addingTimeInterval(-1)))
        #expect(RequestClock.isNudgeDue(sentAt: sent, windowDays: window, in: Zone.berlin, at: moment))
    }

    @Test(arguments: cases)
    func theSweepsBoundNeverMissesADueRequest(c: Case) {
        // act: the bound at the moment of expiry
        let bound = RequestClock.oldestUnexpired(at: c.expires)
        // assert: the request was sent at or before it, so the sweep's query finds it
        #expect(c.sent <= bound)
    }
}

@Suite struct OpenRequestCapTests {
    @Test(arguments: [
        (0, 3, true), (2, 3, true), (3, 3, false), (4, 3, false), (0, 1, true), (1, 1, false),
    ])
    func allowsAnotherOnlyBelowTheLimit(open: Int, limit: Int, allowed: Bool) {
        #expect(OpenRequestCap.allowsAnother(open: open, limit: limit) == allowed)
    }
}

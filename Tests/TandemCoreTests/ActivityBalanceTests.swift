import Foundation
import Testing
@testable import TandemCore

/// "One side much less active": in the last cadence period one side acted and another did nothing.
@Suite struct ActivityBalanceTests {
    static let matched = instant(2025, 3, 1, 12, in: Zone.utc)

    static func at(_ days: Double) -> Date { matched.addingTimeInterval(days * 86_400) }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        /// Last activity of the mentor and the mentee, in days after the match (nil: never).
        let mentor: Double?
        let mentee: Double?
        let now: Double
        let quiet: [String]
        var testDescription: String { name }
    }

    @Test(arguments: [
        Case(name: "younger than one period: not judged", mentor: 5, mentee: nil, now: 13.9, quiet: []),
        Case(name: "exactly one period old: judged", mentor: 5, mentee: nil, now: 14, quiet: ["the mentee"]),
        Case(name: "both active", mentor: 20, mentee: 25, now: 28, quiet: []),
        Case(name: "both quiet is not uneven (the other rules catch it)", mentor: 1, mentee: 2, now: 30, quiet: []),
        Case(name: "mentee acted exactly at the window's start", mentor: 20, mentee: 14, now: 28, quiet: []),
        Case(name: "mentee acted just before the window", mentor: 20, mentee: 13.99, now: 28, quiet: ["the mentee"]),
        Case(name: "mentor quiet", mentor: nil, mentee: 27, now: 28, quiet: ["the mentor"]),
    ])
    func judges(example: Case) {
        // arrange
        let sides = [ActivitySide(name: "the mentor", lastActiveAt: [example.mentor.map(Self.at)]),
                     ActivitySide(name: "the mentee", lastActiveAt: [example.mentee.map(Self.at)])]
        // act
        let quiet = ActivityBalance.quietSides(sides, matchedAt: Self.matched, cadenceDays: 14, now: Self.at(example.now))
        // assert
        #expect(quiet == example.quiet)
    }

    @Test func aCircleSideIsActiveWhenAnyOfItsMenteesActed() {
        // arrange: two of three mentees quiet, one active; the mentor quiet
        let sides = [ActivitySide(name: "the mentor", lastActiveAt: [nil]),
                     ActivitySide(name: "the mentees", lastActiveAt: [nil, Self.at(29), Self.at(1)])]
        // act
        let quiet = ActivityBalance.quietSides(sides, matchedAt: Self.matched, cadenceDays: 14, now: Self.at(30))
        // assert
        #expect(quiet == ["the mentor"])
    }

    @Test func oneSideAloneIsNeverUneven() {
        // act
        let quiet = ActivityBalance.quietSides([ActivitySide(name: "Ana", lastActiveAt: [nil])], matchedAt: Self.matched,
                                               cadenceDays: 7, now: Self.at(30))
        // assert
        #expect(quiet.isEmpty)
    }
}

import Foundation
import Testing
@testable import TandemCore

@Suite struct EscalationRulesTests {
    static let start = instant(2025, 6, 1, 8, in: Zone.utc)

    static func at(_ days: Double) -> Date { start.addingTimeInterval(days * 86_400) }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let health: RelationshipHealth
        var nudged: Double?
        var escalated: Double?
        var cadence = 14
        let now: Double
        let step: EscalationRules.Step
        var testDescription: String { name }
    }

    @Test(arguments: [
        Case(name: "healthy, never nudged", health: .healthy, now: 3, step: .none),
        Case(name: "first time at risk: nudge", health: .atRisk, now: 3, step: .nudgeMembers),
        Case(name: "stalled counts too", health: .stalled, now: 3, step: .nudgeMembers),
        Case(name: "still at risk just under a period later", health: .atRisk, nudged: 0, now: 13.99, step: .none),
        Case(name: "still at risk one period later: alert", health: .atRisk, nudged: 0, now: 14, step: .alertAdmins),
        Case(name: "weekly cadence alerts after 7 days", health: .atRisk, nudged: 0, cadence: 7, now: 7, step: .alertAdmins),
        Case(name: "already alerted: nothing more", health: .stalled, nudged: 0, escalated: 14, now: 40, step: .none),
        Case(name: "healthy again after a nudge", health: .healthy, nudged: 0, now: 5, step: .recovered),
        Case(name: "healthy again after an alert", health: .healthy, nudged: 0, escalated: 14, now: 20, step: .recovered),
    ])
    func steps(example: Case) {
        // act
        let step = EscalationRules.next(health: example.health, nudgedAt: example.nudged.map(Self.at),
                                        escalatedAt: example.escalated.map(Self.at), cadenceDays: example.cadence,
                                        now: Self.at(example.now))
        // assert
        #expect(step == example.step)
    }

    @Test(arguments: HealthFilter.allCases)
    func filtersIncludeTheirHealth(filter: HealthFilter) {
        // act
        let included = RelationshipHealth.allCases.filter(filter.includes)
        // assert
        switch filter {
        case .all: #expect(included == RelationshipHealth.allCases)
        case .needsAttention: #expect(included == [.atRisk, .stalled])
        case .atRisk: #expect(included == [.atRisk])
        case .stalled: #expect(included == [.stalled])
        case .healthy: #expect(included == [.healthy])
        }
    }
}

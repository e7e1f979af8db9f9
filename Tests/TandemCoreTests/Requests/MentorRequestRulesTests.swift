import Foundation
import Testing
@testable import TandemCore

@Suite struct MentorRequestRulesTests {
    struct Facts: Sendable, CustomTestStringConvertible {
        var sameID = false
        var hasOpenRequest = false
        var hasActiveRelationship = false
        var mentorHasSeat = true
        var requestsOpen = true
        var open = 0
        var away = false
        var testDescription: String { "\(self)" }
    }

    static func check(_ facts: Facts) -> RequestRuleError? {
        let mentee = UUID()
        do {
            try MentorRequestRules.check(
                menteeID: mentee, mentorID: facts.sameID ? mentee : UUID(),
                hasOpenRequest: facts.hasOpenRequest, hasActiveRelationship: facts.hasActiveRelationship,
                mentorHasSeat: facts.mentorHasSeat, requestsOpen: facts.requestsOpen,
                openRequests: facts.open, maxOpenRequests: 3, mentorAway: facts.away)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        (Facts(), nil),
        (Facts(sameID: true), .selfRequest),
        (Facts(hasOpenRequest: true), .duplicate),
        (Facts(hasActiveRelationship: true), .alreadyPaired),
        (Facts(mentorHasSeat: false), .atCapacity),
        (Facts(requestsOpen: false), .closed),
        (Facts(sameID: true, requestsOpen: false), .selfRequest),
        (Facts(hasOpenRequest: true, hasActiveRelationship: true, mentorHasSeat: false), .alreadyPaired),
        (Facts(hasOpenRequest: true, mentorHasSeat: false, requestsOpen: false), .closed),
        (Facts(open: 2), nil),
        (Facts(open: 3), .tooManyOpen),
        (Facts(away: true), .mentorAway),
        (Facts(mentorHasSeat: false, open: 3, away: true), .tooManyOpen),
        (Facts(mentorHasSeat: false, away: true), .mentorAway),
        (Facts(hasOpenRequest: true, open: 3), .duplicate),
    ] as [(Facts, RequestRuleError?)])
    func checksRulesInOrder(facts: Facts, expected: RequestRuleError?) {
        #expect(Self.check(facts) == expected)
    }

    @Test func codesAndMessagesAreStable() {
        #expect(RequestRuleError.allCases.map(\.code) == [
            "request.self", "request.duplicate", "relationship.already_exists", "capacity.full",
            "programme.requests_closed", "request.not_pending", "request.manager_pair", "request.too_many_open",
            "request.mentor_away", "request.not_lapsed",
        ])
        #expect(RequestRuleError.selfRequest.message == "You cannot send a request to yourself.")
        #expect(RequestRuleError.allCases.allSatisfy { $0.message.hasSuffix(".") })
    }
}

@Suite struct RequestTransitionTests {
    @Test(arguments: [
        (RequestAction.accept, RequestStatus.accepted),
        (.decline, .declined),
        (.withdraw, .withdrawn),
    ])
    func pendingMovesToTheActionsStatus(action: RequestAction, expected: RequestStatus) throws {
        #expect(try RequestTransition.apply(action, to: .pending) == expected)
    }

    @Test(arguments: [RequestStatus.accepted, .declined, .withdrawn], RequestAction.allCases)
    func settledRequestsCannotChange(status: RequestStatus, action: RequestAction) {
        #expect(throws: RequestRuleError.notPending) {
            try RequestTransition.apply(action, to: status)
        }
    }
}

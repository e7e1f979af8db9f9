import Foundation
import Testing
@testable import TandemCore

struct RetryScheduleTests {
    @Test func delaysDoubleFromThirtySeconds() {
        // act
        let delays = (1...8).map { RetrySchedule.delay(beforeRetry: $0, unitRandom: 0.5) }
        // assert
        #expect(delays == [30, 60, 120, 240, 480, 960, 1920, 3840])
    }

    @Test func jitterStaysWithinTwentyPercent() {
        // act
        let low = RetrySchedule.delay(beforeRetry: 3, unitRandom: 0)!
        let high = RetrySchedule.delay(beforeRetry: 3, unitRandom: 1)!
        // assert
        #expect(abs(low - 96) < 0.0001)
        #expect(abs(high - 144) < 0.0001)
    }

    @Test func afterEightRetriesTheJobStaysFailed() {
        // assert
        #expect(RetrySchedule.delay(beforeRetry: 9, unitRandom: 0.5) == nil)
        #expect(RetrySchedule.delay(beforeRetry: 0, unitRandom: 0.5) == nil)
    }

    @Test func theWholeScheduleTakesAboutTwoHours() {
        // act
        let total = (1...8).compactMap { RetrySchedule.delay(beforeRetry: $0, unitRandom: 0.5) }.reduce(0, +)
        // assert
        #expect(total == 7650)
    }
}

struct DeliveryChoiceTests {
    @Test func securityEmailsIgnoreTheChoice() {
        #expect(DeliveryChoice.effective(.inAppOnly, for: .passwordReset) == .emailNow)
        #expect(DeliveryChoice.effective(.dailyDigest, for: .invitation) == .emailNow)
    }

    @Test func theDefaultIsEmailAtOnce() {
        #expect(DeliveryChoice.effective(nil, for: .message) == .emailNow)
        #expect(DeliveryChoice.effective(.inAppOnly, for: .message) == .inAppOnly)
    }

    @Test func nudgesAreLimitedToOneInThreeDays() {
        let sent = Date(timeIntervalSince1970: 1_000_000)
        #expect(!NudgeRateLimit.allows(lastSent: sent, now: sent.addingTimeInterval(2 * 86400)))
        #expect(NudgeRateLimit.allows(lastSent: sent, now: sent.addingTimeInterval(3 * 86400)))
        #expect(NudgeRateLimit.allows(lastSent: nil, now: sent))
    }
}

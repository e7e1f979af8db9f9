import Testing
@testable import TandemCore

@Suite struct PulseTrendTests {
    @Test(arguments: [
        ([Double](), false),
        ([0.2], false),
        ([0.75, 0.5], true),          // one point down on a 1–5 rating: the boundary
        ([0.75, 0.51], false),        // just under a quarter of the scale
        ([0.5, 0.75], false),         // rising
        ([1.0, 0.25, 0.75], false),   // only the latest two count
        ([0.7, 0.4], true),           // three NPS points
        ([0.7, 0.5], false),          // two NPS points
    ])
    func falling(scores: [Double], expected: Bool) {
        // act, assert
        #expect(PulseTrend.isFalling(scores) == expected)
    }

    @Test func normalisesRatingsAndNPS() {
        // act, assert
        #expect(PulseTrend.normalised(1, kind: .rating) == 0)
        #expect(PulseTrend.normalised(5, kind: .rating) == 1)
        #expect(PulseTrend.normalised(4, kind: .rating) == 0.75)
        #expect(PulseTrend.normalised(7, kind: .nps) == 0.7)
        #expect(PulseTrend.normalised(3, kind: .freeText) == nil)
    }
}

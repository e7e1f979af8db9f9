import Foundation

/// Which answers a survey's figures may use. Figures that followed every answer would let
/// someone watching the count go from 5 to 6 people read the newest answer off the change, so
/// while a survey is open its figures move only in whole steps of `anonymityThreshold` people:
/// they cover every answer up to the moment the 5th, 10th, 15th… distinct person first answered,
/// and nothing later, not even a later answer from someone already counted. Once the survey is
/// closed they cover everything.
public enum SurveyRelease {
    public static let step = SurveyAggregator.anonymityThreshold

    public struct Snapshot: Sendable, Hashable {
        /// The answers the figures may use, in the order given.
        public let rows: [SurveyAnswerRow]
        /// Distinct people who answered at all.
        public let peopleAnswered: Int
        /// Distinct people in `rows`: a multiple of `step` while open (possibly 0), or everyone
        /// once closed.
        public let peopleReleased: Int
        public let isFinal: Bool

        /// The number of people a page or the API may show: the released count, which moves
        /// only in whole steps while the survey is open, and nothing below the threshold.
        public var shownCount: Int? { peopleReleased >= SurveyRelease.step ? peopleReleased : nil }

        /// "15 people answered", or "Fewer than 5 people have answered".
        public var answeredText: String {
            guard let shown = shownCount else { return "Fewer than \(SurveyRelease.step) people have answered" }
            return isFinal ? "\(shown) people answered" : "At least \(shown) people answered"
        }
    }

    /// The released rows of `answers`. Rows are ordered by `answeredAt` (a missing time counts
    /// as earliest), then person, then response, so equal times still give one fixed order.
    public static func snapshot(_ answers: [SurveyAnswerRow], closed: Bool) -> Snapshot {
        let people = Set(answers.map(\.person)).count
        guard !closed else {
            return Snapshot(rows: answers, peopleAnswered: people, peopleReleased: people, isFinal: true)
        }
        let target = people / step * step
        var seen = Set<String>()
        var cut: Key?
        for row in answers.sorted(by: { order($0) < order($1) }) where target > 0 {
            if seen.insert(row.person).inserted, seen.count == target {
                cut = order(row)
                break
            }
        }
        // Everything up to and including the response that brought in the last released person.
        let released = cut.map { cut in answers.filter { order($0) <= cut } } ?? []
        return Snapshot(
            rows: released, peopleAnswered: people,
            peopleReleased: Set(released.map(\.person)).count, isFinal: false)
    }

    /// What a results page says about the steps, or nil once the figures are final.
    public static func explanation(for snapshot: Snapshot) -> String? {
        guard !snapshot.isFinal else { return nil }
        let covered = snapshot.shownCount.map {
            " The figures below cover the first \($0) people to answer; they next update when \($0 + step) have answered."
        } ?? " No figures are shown until \(step) people have answered."
        return "Results update each time \(step) more people answer, and in full when the survey closes.\(covered)"
    }

    private struct Key: Comparable {
        let time: Double
        let person: String
        let respondent: String

        static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.time, lhs.person, lhs.respondent) < (rhs.time, rhs.person, rhs.respondent)
        }
    }

    private static func order(_ row: SurveyAnswerRow) -> Key {
        Key(time: row.answeredAt?.timeIntervalSince1970 ?? -.infinity,
            person: row.person, respondent: row.respondent)
    }
}

import Foundation
import TandemCore

/// The admin's pin/forbid choices on a proposal's form, carried over from the earlier run's.
enum MatchChoices {
    /// Each pair of `previous`'s proposal is kept ("keep", the default), pinned or forbidden,
    /// as `choice(menteeID)` says; the earlier run's own pins and forbids carry over.
    static func read(from previous: MatchRun?, choice: (UUID) -> String?) -> (pins: [PairKey], forbids: [PairKey]) {
        guard let previous, let proposal = MatchRunner.proposal(of: previous) else { return ([], []) }
        var pins = Set(previous.pinList)
        var forbids = Set(previous.forbidList)
        for pair in proposal.pairs {
            let key = PairKey(mentee: pair.menteeID, mentor: pair.mentorID)
            switch choice(pair.menteeID) ?? "keep" {
            case "pin": pins.insert(key); forbids.remove(key)
            case "forbid": forbids.insert(key); pins.remove(key)
            default: pins.remove(key)
            }
        }
        return (pins.sorted { $0.mentee.uuidString < $1.mentee.uuidString }, forbids.sorted { $0.mentee.uuidString < $1.mentee.uuidString })
    }
}

import Fluent
import TandemCore
import Vapor

/// Reads the admin's pin/forbid choices from a proposal form, carrying over the earlier run's.
enum MatchChoices {
    static func run(_ req: Request, programme: Programme) async throws -> MatchRun {
        guard let id = req.parameters.get("runID", as: UUID.self),
              let run = try await MatchRun.query(on: req.db).filter(\.$id == id)
                .filter(\.$programmeID == programme.requireID()).filter(\.$organisationID == programme.organisationID).first()
        else { throw AccessError.notFound(.matchRun) }
        return run
    }

    static func read(_ req: Request, fromRun: UUID?, programme: Programme) async throws -> (pins: [PairKey], forbids: [PairKey]) {
        guard let fromRun,
              let previous = try await MatchRun.query(on: req.db).filter(\.$id == fromRun)
                .filter(\.$programmeID == programme.requireID()).first(),
              let proposal = MatchRunner.proposal(of: previous)
        else { return ([], []) }
        var pins = Set(previous.pinList)
        var forbids = Set(previous.forbidList)
        for pair in proposal.pairs {
            let key = PairKey(mentee: pair.menteeID, mentor: pair.mentorID)
            switch (try? req.content.get(String.self, at: "choice_\(pair.menteeID)")) ?? "keep" {
            case "pin": pins.insert(key); forbids.remove(key)
            case "forbid": forbids.insert(key); pins.remove(key)
            default: pins.remove(key)
            }
        }
        return (pins.sorted { $0.mentee.uuidString < $1.mentee.uuidString }, forbids.sorted { $0.mentee.uuidString < $1.mentee.uuidString })
    }
}

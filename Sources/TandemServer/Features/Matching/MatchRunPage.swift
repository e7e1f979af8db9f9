import Foundation
import TandemCore
import Vapor

enum MatchRunPage {
    static func context(_ req: Request, run: MatchRun, programme: Programme) throws -> MatchRunContext {
        let proposal = MatchRunner.proposal(of: run)
        let programmeID = try programme.requireID()
        let approved = run.status == .approved
        let skipped = run.skipped.flatMap { try? JSONDecoder().decode([SkippedMatch].self, from: Data($0.utf8)) } ?? []
        // Once approved, the table shows what was created; the pairs left out are listed apart.
        let leftOut = Set(skipped.compactMap(\.menteeID))
        let shownPairs = (proposal?.pairs ?? []).filter { !approved || !leftOut.contains($0.menteeID) }
        let menteeCount = proposal?.menteeCount ?? 0
        let matched = approved ? shownPairs.count : proposal?.matched ?? 0
        let total = approved ? shownPairs.reduce(0) { $0 + $1.score } : proposal?.totalScore ?? 0
        let percent = { (part: Int, whole: Int) in whole == 0 ? 0 : Int((100 * Double(part) / Double(whole)).rounded()) }
        var chrome = PageChrome(request: req, title: approved ? "Approved match" : "Match proposal", section: "programmes")
        // A run is solved in the process that started it; if that process stopped, say so rather than wait forever.
        let abandoned = [.queued, .running].contains(run.status) && Date().timeIntervalSince(run.createdAt ?? Date()) > 600
        chrome.autoRefresh = [.queued, .running].contains(run.status) && !abandoned
        let pairs = rows(shownPairs)
        let unmatched = (proposal?.unmatched ?? []).map { MatchRunContext.UnmatchedRow(name: $0.name, reason: $0.reason) }
        let ignoredPins = proposal?.ignoredPins.count ?? 0
        return MatchRunContext(
            chrome: chrome,
            programmeID: programmeID.uuidString, programmeName: programme.name, runID: try run.requireID().uuidString,
            objective: ObjectiveText.label(run.objective), objectiveValue: run.objective.rawValue,
            objectiveNote: ObjectiveText.note(run.objective),
            inProgress: [.queued, .running].contains(run.status) && !abandoned, progress: run.progress,
            failed: run.status == .failed || abandoned,
            error: abandoned ? "it did not finish within 10 minutes (was the server restarted?). Run the match again." : run.error ?? "",
            approved: approved,
            approvedNote: approved ? approvedNote(matched: matched, skipped: skipped.count) : nil,
            skipped: skipped, hasSkipped: !skipped.isEmpty,
            canApprove: run.status == .done && !(proposal?.pairs.isEmpty ?? true),
            totalScore: total,
            averageScore: approved ? percent(total, 100 * matched) : proposal?.averageScore ?? 0,
            coverage: approved ? percent(matched, menteeCount) : proposal?.coverage ?? 0,
            matched: matched, menteeCount: menteeCount, seatCount: proposal?.seatCount ?? 0,
            pairs: pairs, hasPairs: !pairs.isEmpty,
            unmatched: unmatched, hasUnmatched: !unmatched.isEmpty,
            ignoredPins: ignoredPins, hasIgnoredPins: ignoredPins > 0,
            isPeerPool: proposal?.isPeerPool ?? !programme.type.isTwoSided, allowTrio: run.allowTrio,
            trio: proposal?.trio.map { "\($0.thirdName) joins a pair as a trio (adds \($0.addedScore) points), so nobody is left out." }
        )
    }

    /// "This run is approved: 3 relationships were created from it, and 1 left out."
    static func approvedNote(matched: Int, skipped: Int) -> String {
        "This run is approved: \(matched) relationship\(matched == 1 ? " was" : "s were") created from it"
            + (skipped > 0 ? ", and \(skipped) left out." : ".")
    }

    static func rows(_ shownPairs: [MatchProposal.Pair]) -> [MatchRunContext.PairRow] {
        shownPairs.map { p in
                .init(field: "choice_\(p.menteeID)", menteeName: p.menteeName, mentorName: p.mentorName, score: p.score, pinned: p.pinned,
                      reasons: p.reasons.filter { $0.points > 0 || $0.criterion == "skills" }.map { .init(points: $0.points, sentence: $0.sentence) })
        }
    }
}

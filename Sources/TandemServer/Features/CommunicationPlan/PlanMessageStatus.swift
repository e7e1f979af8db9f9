import Foundation
import TandemCore

/// Where one plan message stands, decided once for the plan page, the programme page and the API:
/// a state, a sentence for people, and the due instant when there is one.
struct PlanMessageStatus: Sendable {
    enum State: String, Sendable {
        /// Switched off by an admin.
        case off
        /// Programme-level, not due yet.
        case scheduled
        /// Due, waiting for the next run of the job.
        case due
        case sent
        case skipped
        /// Per relationship: goes to each pair as it falls due.
        case perPair = "per_pair"
        /// A formal programme without dates has no moment for it.
        case unscheduled
    }

    let state: State
    let text: String
    let dueAt: Date?

    /// `orgZone` places the moments (docs/rules.md "Phases"); `viewerZone` shows them.
    init(_ message: PlanMessage, programme: Programme, runs: PlanRunSummary?, now: Date,
         orgZone: TimeZone, viewerZone: String) {
        func when(_ date: Date?) -> String { DateText.dateTime(date, timeZone: viewerZone) }
        let runs = runs ?? PlanRunSummary()
        if message.trigger.event.isPerRelationship {
            dueAt = nil
            let people = runs.people == 1 ? "1 person" : "\(runs.people) people"
            let pairs = runs.sentRuns == 1 ? "1 pair" : "\(runs.sentRuns) pairs"
            var parts = runs.sentRuns == 0 ? ["Nothing sent yet"] : ["Sent to \(people) in \(pairs), last on \(when(runs.lastSentAt))"]
            if runs.skippedRuns > 0 { parts.append("skipped for \(runs.skippedRuns) matched before it was planned or missed") }
            state = message.enabled ? .perPair : .off
            text = (message.enabled ? "" : "Switched off. ") + "Per pair: " + parts.joined(separator: "; ") + "."
            return
        }
        let occurrence = programme.schedule.flatMap { PlanSchedule.occurrence(of: message.trigger, in: $0, timeZone: orgZone) }
        dueAt = occurrence?.dueAt
        if runs.sentRuns > 0 {
            state = .sent
            text = "Sent \(when(runs.lastSentAt)) to \(runs.people == 1 ? "1 person" : "\(runs.people) people")."
        } else if runs.skippedRuns > 0 {
            state = .skipped
            text = "Skipped: its moment (\(when(occurrence?.dueAt))) had passed when it came to be sent."
        } else if !message.enabled {
            state = .off
            text = "Switched off." + (occurrence.map { " It would go \(when($0.dueAt))." } ?? "")
        } else if let occurrence {
            switch occurrence.decision(at: now, plannedAt: message.plannedAt) {
            case .notDue: state = .scheduled; text = "Goes \(when(occurrence.dueAt))."
            case .send: state = .due; text = "Due since \(when(occurrence.dueAt)); goes with the next run."
            case .skip: state = .skipped; text = "Skipped: its moment (\(when(occurrence.dueAt))) had passed before it was planned."
            }
        } else {
            state = .unscheduled
            text = "Not scheduled: the programme has no dates yet."
        }
    }

    var isSkipped: Bool { state == .skipped }
    var isSent: Bool { state == .sent }
}

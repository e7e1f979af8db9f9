import Fluent
import Foundation
import TandemCore

/// The programme page's timeline: the phases with their dates and "you are here", and for
/// admins the plan's messages with what was sent, when and to how many people.
struct ProgrammeTimelineContext: Encodable {
    struct Stage: Encodable {
        let label: String
        let dates: String
        let isCurrent: Bool
        let isPast: Bool
    }

    let stages: [Stage]
    let hasStages: Bool
    let showsPlan: Bool
    let planURL: String
    let messages: [PlanMessageRow]
    let hasMessages: Bool

    static func build(programme: Programme, viewer: User, zone: TimeZone, now: Date = Date(),
                      on db: any Database) async throws -> ProgrammeTimelineContext {
        var stages: [Stage] = []
        if programme.mode == .formal, let schedule = programme.schedule {
            let timeline = ProgrammeTimeline(schedule: schedule, now: now, timeZone: zone)
            let archived = programme.archivedAt != nil
            stages = timeline.stages.map { stage in
                let dates = stage.lastDay.map { "\(DateText.day(stage.starts)) to \(DateText.day($0))" }
                    ?? "From \(DateText.day(stage.starts))"
                return Stage(label: stage.phase.label, dates: dates, isCurrent: stage.isCurrent && !archived, isPast: stage.isPast)
            }
        }
        let base = "/programmes/\(try programme.requireID())/plan"
        let rows = viewer.isAdmin ? try await PlanRows.load(programme: programme, viewer: viewer, base: base, on: db) : []
        return ProgrammeTimelineContext(stages: stages, hasStages: !stages.isEmpty, showsPlan: viewer.isAdmin,
                                        planURL: base, messages: rows, hasMessages: !rows.isEmpty)
    }
}

import Fluent
import Foundation
import TandemCore

/// What the SMART check needs besides the goal: today in the viewer's zone, the programme's end
/// and the skills the pair is about.
enum GoalContextSupport {
    struct Inputs {
        let today: LocalDate
        let programmeEnds: LocalDate?
        let focusAreas: [String]
        let timeZone: TimeZone
    }

    static func smartInputs(_ r: Relationship, user: User, on db: any Database) async throws -> Inputs {
        let profiles = try await Profile.query(on: db).filter(\.$userID ~~ r.memberIDs).all()
        let zone = try await ViewerZone.of(user, profile: profiles.first { $0.userID == user.id }, on: db)
        let byUser = Dictionary(profiles.map { ($0.userID, $0) }, uniquingKeysWith: { a, _ in a })
        return Inputs(today: LocalDate(date: Date(), in: zone), programmeEnds: r.programme.schedule?.endsOn,
                      focusAreas: focusAreas(r, profiles: byUser), timeZone: zone)
    }

    /// The SMART review of a saved goal and its milestones, the same on the goal page, the
    /// workspace card and in the API.
    static func review(_ goal: Goal, milestones: [GoalMilestone], today: LocalDate, programmeEnds: LocalDate?,
                       focusAreas: [String]) -> SmartReport {
        SmartCheck.review(SmartInput(
            title: goal.title, description: goal.description, measure: goal.measure, targetDate: goal.targetLocalDate,
            milestones: milestones.map(\.title), today: today, programmeEnds: programmeEnds, focusAreas: focusAreas))
    }

    static func review(_ goal: Goal, milestones: [GoalMilestone], inputs: Inputs) -> SmartReport {
        review(goal, milestones: milestones, today: inputs.today, programmeEnds: inputs.programmeEnds, focusAreas: inputs.focusAreas)
    }

    /// Skills the pair is about: what mentees want and what mentors (and peers) offer, without
    /// the ":level" suffix profiles store.
    static func focusAreas(_ r: Relationship, profiles: [UUID: Profile]) -> [String] {
        var seen = Set<String>()
        return r.members.flatMap { member -> [String] in
            guard let p = profiles[member.$user.id] else { return [] }
            let text = member.role == .mentee ? p.skillsWanted : p.skillsOffered
            return text.split(separator: ",").compactMap { $0.split(separator: ":").first?.trimmingCharacters(in: .whitespaces) }
        }.filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }
    }
}

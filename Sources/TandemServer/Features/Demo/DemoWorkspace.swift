import Fluent
import Foundation
import TandemCore

/// The workspace part of the demo: Ben reverse-mentors Maria on digital skills, three months
/// into the programme, with goals on both sides, check-ins, a meeting to come, messages,
/// feedback, a mid-point survey that other pairs have already answered, and a closed pair with
/// reflections. (Ben and Maria's "Open mentoring" enrolments stay free for the request flow.)
enum DemoWorkspace {
    static let zone = TimeZone(identifier: "Europe/London") ?? .gmt

    static func create(users: [User], programmes: DemoProgrammes.Set, on db: any Database) async throws {
        let ben = users[1], maria = users[2]
        let reverse = programmes.reverse
        try await DemoWorkspacePair.enrol(ben, in: reverse, as: .mentor, on: db)
        try await DemoWorkspacePair.enrol(maria, in: reverse, as: .mentee, on: db)
        let pair = try await DemoWorkspacePair.make(mentee: maria, mentor: ben, in: reverse,
                                                    message: "Hi Ben, could you show me how your team uses short videos?", on: db)
        try await DemoWorkspacePair.backdate(pair, days: 95, on: db)
        try await goals(pair, ben: ben, maria: maria, on: db)
        try await meetings(pair, ben: ben, maria: maria, on: db)
        try await conversation(pair, ben: ben, maria: maria, on: db)
        let others = try await DemoWorkspacePair.otherPairs(users: users, in: reverse, excluding: pair, on: db)
        try await DemoSurvey.midpoint(in: reverse, admin: users[0], answeredBy: others, on: db)
        try await DemoRisk.create(others, admin: users[0], on: db)
        try await DemoWorkspacePair.closedReversePair(users: users, in: reverse, on: db)
        // Maria's "Open mentoring" pair has not met in six weeks, so both dashboards flag it stalled.
        for quiet in try await DemoWorkspacePair.pairs(in: programmes.open, excluding: pair, on: db)
            where quiet.memberIDs.contains(try maria.requireID()) {
            try await DemoWorkspacePair.backdate(quiet, days: 45, on: db)
        }
    }

    static func at(days: Int, hour: Int, minute: Int = 0) -> Date {
        let calendar = Calendar.utcGregorian(zone)
        let day = calendar.date(byAdding: .day, value: days, to: Date()) ?? Date()
        return calendar.date(bySettingHour: hour, minute: minute, second: 0, of: day) ?? day
    }

    static func goals(_ r: Relationship, ben: User, maria: User, on db: any Database) async throws {
        let today = LocalDate(date: Date(), in: zone)
        let benGoal = try await GoalService.insert(ValidGoal(
            title: "Run a 30-minute workshop on SQL joins for my team",
            description: "So that the team can build their own reports instead of waiting for analysts.",
            measure: "Workshop delivered to 8 colleagues, average rating 4 out of 5",
            targetDate: today.adding(days: 45), status: .onTrack, visibility: .admins,
            milestones: ["Outline the workshop", "Dry run with Maria", "Deliver it"]), owner: ben, in: r, on: db)
        let first = try await GoalMilestone.query(on: db).filter(\.$goalID == benGoal.requireID()).filter(\.$position == 0).first()
        first?.doneAt = at(days: -20, hour: 17)
        try await first?.save(on: db)
        try await GoalService.recordUpdate("Outline done and shared with Maria. Next: the dry run.", status: .onTrack, to: benGoal, by: ben, on: db)
        // Mentors learn too: Maria's goal is deliberately vague, so the SMART hints have something to say.
        _ = try await GoalService.insert(ValidGoal(
            title: "Get better at short videos", description: "", measure: "", targetDate: nil,
            status: .notStarted, visibility: .pair, milestones: []), owner: maria, in: r, on: db)
    }

    static func meetings(_ r: Relationship, ben: User, maria: User, on db: any Database) async throws {
        let goalIDs = try await Goal.query(on: db).filter(\.$relationship.$id == r.requireID()).all().compactMap { $0.id?.uuidString }
        let members: Set<String> = [try ben.requireID().uuidString, try maria.requireID().uuidString]
        let history: [(Int, String)] = [
            (-84, "First meeting: what Maria wants to learn about short-form video, and what Ben wants to practise: teaching."),
            (-56, "Ben showed how the team films 60-second explainers on a phone. Maria shared how she structures a talk."),
            (-14, "Maria storyboarded her first explainer. Ben picked SQL joins as the topic of his own workshop."),
        ]
        for (index, entry) in history.enumerated() {
            let draft = CheckInDraft(
                meeting: MeetingDraft(date: DateText.inputs(at(days: entry.0, hour: 10), timeZone: zone).date, time: "10:00",
                                      timeZone: zone.identifier, durationMinutes: "45", format: MeetingFormat.video.rawValue,
                                      meetingLink: "https://teams.microsoft.com/l/meetup-join/demo-tandem", agenda: ""),
                sharedNotes: entry.1, privateNotes: index == 2 ? "Maria was nervous about being on camera: suggest a voice-over first." : "",
                goalIDs: index == 2 ? goalIDs : [],
                actions: index == 2 ? [
                    ActionItemDraft(title: "Send Maria the editing app shortcuts", ownerID: try ben.requireID().uuidString, dueDate: ""),
                    ActionItemDraft(title: "Film a 60-second draft explainer", ownerID: try maria.requireID().uuidString,
                                    dueDate: LocalDate(date: Date(), in: zone).adding(days: -2).iso),
                ] : [])
            let valid = try draft.validate(defaultTimeZone: zone, now: Date(), memberIDs: members)
            let meeting = try await CheckInService.record(valid, scheduled: nil, by: ben, in: r, on: db)
            meeting.confirmedBy = maria.id
            meeting.confirmedAt = at(days: entry.0 + 1, hour: 9)
            try await meeting.save(on: db)
        }
        let next = try MeetingDraft(
            date: DateText.inputs(at(days: 5, hour: 10), timeZone: zone).date, time: "10:00", timeZone: zone.identifier,
            durationMinutes: "45", format: MeetingFormat.video.rawValue, meetingLink: "https://zoom.us/j/5550100",
            agenda: "Watch Maria's draft explainer, then a dry run of Ben's workshop opening"
        ).validate(defaultTimeZone: zone, now: Date(), mustBeInFuture: true)
        try await Meeting(organisationID: r.organisationID, relationshipID: try r.requireID(), createdBy: try ben.requireID(),
                          meeting: next, status: .scheduled).create(on: db)
    }

    static func conversation(_ r: Relationship, ben: User, maria: User, on db: any Database) async throws {
        let lines: [(User, Int, String)] = [
            (maria, -13, "Here is the talk I mentioned for your workshop: https://www.ted.com/talks — the first five minutes show a great opening."),
            (ben, -12, "Thanks! The opening question trick is great, I'll try it. Your storyboard looks good, by the way."),
            (maria, -3, "Draft explainer is in our shared folder. Be honest!"),
            (ben, -1, "Watched it: strong start. Let's go through it at our next meeting."),
        ]
        for (author, days, text) in lines {
            try await Message(organisationID: r.organisationID, relationshipID: try r.requireID(), authorID: try author.requireID(),
                              body: text, at: at(days: days, hour: 16)).create(on: db)
        }
        try await RelationshipMember.query(on: db).filter(\.$relationship.$id == r.requireID()).filter(\.$user.$id == ben.requireID())
            .set(\.$messagesReadAt, to: at(days: -1, hour: 17)).update()
        let lastCheckIn = try await Meeting.query(on: db).filter(\.$relationshipID == r.requireID()).filter(\.$status == .held)
            .sort(\.$startsAt, .descending).first()
        try await Feedback(organisationID: r.organisationID, relationshipID: try r.requireID(), meetingID: lastCheckIn?.id,
                           from: try maria.requireID(), to: try ben.requireID(),
                           wentWell: "You explained the editing app patiently and let me try it myself.",
                           couldBeBetter: "Send the shortcuts before the meeting so I can practise.").create(on: db)
    }
}

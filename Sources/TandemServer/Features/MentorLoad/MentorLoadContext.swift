import Foundation
import TandemCore
import Vapor

/// What `load/index.leaf` shows: three short tables, each with a sentence saying why it matters.
struct MentorLoadContext: Encodable {
    struct Mentor: Encodable {
        let name: String
        let level: String
        let levelCode: String
        let programmeSeats: String
        let overallSeats: String
    }

    struct Pending: Encodable {
        let name: String
        let count: Int
        let oldest: String
    }

    struct Waiting: Encodable {
        let name: String
        let waiting: String
        let requests: String
    }

    let chrome: PageChrome
    let programmeID: String
    let programmeName: String
    let mentorWord: String
    let mentorHeading: String
    let seekerHeading: String
    let mentors: [Mentor]
    let pending: [Pending]
    let waiting: [Waiting]
    let limit: Int
    let hasMentors: Bool
    let hasPending: Bool
    let hasWaiting: Bool

    init(_ load: MentorLoadService.Load, zone: TimeZone, now: Date, request: Request) {
        let programme = load.programme
        let twoSided = programme.type.isTwoSided
        chrome = PageChrome(request: request, title: "Load · \(programme.name)", section: "programmes")
        programmeID = programme.id?.uuidString ?? ""
        programmeName = programme.name
        mentorWord = twoSided ? "mentors" : "peers"
        mentorHeading = twoSided ? "Mentors" : "Peers"
        seekerHeading = twoSided ? "Mentees" : "Peers"
        limit = MentorLoadQueries.limit
        mentors = load.nearCapacity.map { m in
            let room = m.room
            return Mentor(name: m.name, level: room.level.label, levelCode: room.level.rawValue,
                          programmeSeats: "\(m.seats_used) of \(m.capacity)", overallSeats: "\(m.mentor_seats_used) of \(m.mentor_capacity)")
        }
        pending = load.manyPending.map {
            Pending(name: $0.name, count: $0.pending, oldest: DateText.short($0.oldest, timeZone: zone.identifier))
        }
        waiting = load.waiting.map { w in
            let days = max(0, Int(now.timeIntervalSince(w.enrolled_at) / 86_400))
            let requests = w.pending == 0 ? "None waiting"
                : "\(w.pending) waiting, the oldest since \(DateText.short(w.oldest_request ?? w.enrolled_at, timeZone: zone.identifier))"
            return Waiting(name: w.name, waiting: days == 0 ? "Less than a day" : days == 1 ? "1 day" : "\(days) days", requests: requests)
        }
        hasMentors = !mentors.isEmpty
        hasPending = !pending.isEmpty
        hasWaiting = !waiting.isEmpty
    }
}

import Fluent
import Foundation
import TandemCore

/// A running group circle, so "Leave this circle" (a mentee) and closing the whole circle (the
/// mentor) can be seen: Maria guides new team leads, Ben among them, five weeks in.
enum DemoCircle {
    static func create(users: [User], on db: any Database) async throws {
        let maria = users[2], ben = users[1]
        let programme = Programme(organisationID: maria.organisationID)
        programme.apply(try ProgrammeDraft(
            name: "New team leads circle", description: "A manager guides a small circle of new and future team leads through their first months.",
            type: "group", mode: "formal", defaultCapacity: "4", questions: "",
            enrolmentStarts: DemoProgrammes.day(-70), matchingStarts: DemoProgrammes.day(-55), activeStarts: DemoProgrammes.day(-42),
            closingStarts: DemoProgrammes.day(50), endsOn: DemoProgrammes.day(65)).validate())
        try await programme.save(on: db)
        try await PlanDefaults.insert(for: programme, on: db)
        // Two others from outside Maria's reporting line, so Ben leaving shows the circle carrying on.
        let others = users.indices.filter { $0 > 2 && (4...6).contains(DemoPeople.all[$0].seniority) }
            .map { users[$0] }.filter { $0.managerID != maria.id }.prefix(2)
        try await DemoWorkspacePair.enrol(maria, in: programme, as: .mentor, on: db)
        var circle: Relationship?
        for mentee in [ben] + others {
            try await DemoWorkspacePair.enrol(mentee, in: programme, as: .mentee, on: db)
            circle = try await DemoWorkspacePair.make(mentee: mentee, mentor: maria, in: programme,
                                                      message: "I would like to join your circle.", on: db)
        }
        if let circle { try await DemoWorkspacePair.backdate(circle, days: 40, on: db) }
    }
}

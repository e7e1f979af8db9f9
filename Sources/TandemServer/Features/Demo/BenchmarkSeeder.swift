import Fluent
import Foundation
import TandemCore
import Vapor

/// Adds a large programme to the demo for the recommendations benchmark: `count` mentors with
/// varied skills, and the demo mentee enrolled to ask for recommendations.
public enum BenchmarkSeeder {
    static let skills = ["Swift", "SQL", "Python", "Leadership", "Public speaking", "Negotiation", "Design systems",
                         "Accessibility", "Budgeting", "Forecasting", "Coaching", "Hiring", "Strategy", "Analytics",
                         "Copywriting", "Cloud", "Security", "Product discovery", "Roadmapping", "Storytelling"]

    public static func load(_ app: Application, mentors count: Int) async throws -> String {
        guard let org = try await Organisation.query(on: app.db).filter(\.$isDemo == true).first(),
              let mentee = try await User.query(on: app.db).filter(\.$email == "mentee@example.com").first()
        else { throw DemoError(description: "Load the demo first (tandem demo).") }
        let orgID = try org.requireID()
        let hash = try await app.passwordHashing(hopTo: app.eventLoopGroup.next()).hash(DemoSeeder.password)
        return try await app.db.transaction { db in
            let programme = Programme(organisationID: orgID)
            programme.apply(try ProgrammeDraft(name: "Benchmark mentoring (\(count) mentors)", description: "For bench/recommendations.py.",
                                               type: "one_to_one", mode: "informal", defaultCapacity: "3").validate())
            try await programme.save(on: db)
            let programmeID = try programme.requireID()
            try await Enrolment(organisationID: orgID, programmeID: programmeID, userID: try mentee.requireID(), role: .mentee,
                                capacity: 3, answers: [], sortName: mentee.name).save(on: db)
            let departments = DemoPeople.departments
            for i in 0..<count {
                let name = "Bench Mentor \(String(format: "%04d", i))"
                let user = User(organisationID: orgID, email: "bench\(i)@example.com", name: name, passwordHash: hash, role: .participant)
                try await user.save(on: db)
                let profile = Profile(organisationID: orgID, userID: try user.requireID(), timeZone: i % 5 == 0 ? "America/New_York" : org.timeZone)
                profile.apply(try ProfileDraft(
                    name: name, title: "Mentor", department: departments[i % departments.count], seniority: String(3 + i % 8),
                    timeZone: profile.timeZone, languages: i % 3 == 0 ? "English, Spanish" : "English",
                    skillsOffered: "\(skills[i % skills.count]):\(1 + i % 3), \(skills[(i * 7 + 3) % skills.count]):2",
                    skillsWanted: skills[(i * 3 + 1) % skills.count], motivators: [["career_growth", "giving_back", "leadership", "networking"][i % 4]],
                    communicationStyle: ["direct", "reflective", "balanced"][i % 3], meetingPreference: "video",
                    availabilityHours: "4", mentorCapacity: "3", bio: ""
                ).validate())
                try await profile.save(on: db)
                try await Enrolment(organisationID: orgID, programmeID: programmeID, userID: try user.requireID(), role: .mentor,
                                    capacity: 3, answers: [], sortName: name).save(on: db)
            }
            return programmeID.uuidString
        }
    }
}

import Fluent
import Foundation
import TandemCore
import Vapor

public struct DemoError: Error, CustomStringConvertible {
    public let description: String
}

/// Loads the demo organisation once. Refuses to touch a database that holds a real organisation.
public enum DemoSeeder {
    public static let password = "tandem-demo-2026"

    public struct Result: Sendable {
        public let created: Bool
        public var banner: String {
            """
            \(created ? "Loaded" : "Found") the demo organisation "Northwind (demo)". Every demo account's password is: \(DemoSeeder.password)
              admin:   admin@example.com   (Ada Admin, runs the programmes and reads survey results)
              mentee:  mentee@example.com  (Ben Mentee, looking for a mentor in "Open mentoring"; reverse-mentors Maria on digital skills)
              mentor:  mentor@example.com  (Maria Mentor, has requests waiting; a new mentee's agreement awaits her confirmation; learns short videos from Ben; leads Ben's team leads circle)
            """
        }
    }

    public static func load(_ app: Application) async throws -> Result {
        let db = app.db
        if try await Organisation.query(on: db).filter(\.$isDemo == false).count() > 0 {
            throw DemoError(description: "This database already holds a real organisation, so the demo was not loaded. Use a fresh DATABASE_URL for the demo.")
        }
        if try await Organisation.query(on: db).filter(\.$isDemo == true).count() > 0 {
            return Result(created: false)
        }
        // One hash for everyone: the password is shared, and 60 bcrypt rounds would take many seconds.
        let hash = try await app.passwordHashing(hopTo: app.eventLoopGroup.next()).hash(password)
        try await db.transaction { db in
            let org = Organisation(name: "Northwind (demo)", slug: "northwind-demo", timeZone: "Europe/London", isDemo: true)
            try await org.save(on: db)
            let users = try await DemoSeeder.people(org: org, hash: hash, on: db)
            let programmes = try await DemoProgrammes.create(org: org, on: db)
            for p in [programmes.open, programmes.reverse, programmes.circles, programmes.peer, programmes.coMentoring, programmes.cohort] {
                try await PlanDefaults.insert(for: p, on: db)
            }
            try await DemoProgrammes.enrol(users: users, programmes: programmes, on: db)
            try await DemoProgrammes.requests(users: users, programmes: programmes, on: db)
            try await DemoWorkspace.create(users: users, programmes: programmes, on: db)
            try await DemoCircle.create(users: users, on: db)
            try await DemoAgreements.create(users: users, programmes: programmes, on: db)
        }
        return Result(created: true)
    }

    static func people(org: Organisation, hash: String, on db: any Database) async throws -> [User] {
        let orgID = try org.requireID()
        var users: [User] = []
        for (i, person) in DemoPeople.all.enumerated() {
            let user = User(organisationID: orgID, email: person.email, name: person.name, passwordHash: hash, role: i == 0 ? .admin : .participant)
            try await user.save(on: db)
            let profile = Profile(organisationID: orgID, userID: try user.requireID(), timeZone: org.timeZone)
            let valid = try ProfileDraft(
                name: person.name, title: person.title, department: person.department, seniority: String(person.seniority),
                timeZone: i % 7 == 3 ? "America/New_York" : org.timeZone, languages: person.languages.joined(separator: ", "),
                skillsOffered: person.offered, skillsWanted: person.wanted, motivators: person.motivators,
                communicationStyle: person.style, meetingPreference: person.meeting,
                availabilityHours: String(2 + i % 6),
                // Maria also leads a circle of three (DemoCircle), so she has room for more.
                mentorCapacity: String(i == 2 ? 6 : person.seniority >= 5 ? 3 : 2),
                bio: "\(person.title) in \(person.department). Happy to learn from anyone."
            ).validate()
            profile.apply(valid)
            try await profile.save(on: db)
            users.append(user)
        }
        // Juniors report to a senior person in their department, so the manager rule has something to do.
        for user in users.dropFirst(3) {
            let me = DemoPeople.all[users.firstIndex { $0 === user }!]
            guard me.seniority < 5,
                  let managerIndex = DemoPeople.all.indices.first(where: { DemoPeople.all[$0].department == me.department && DemoPeople.all[$0].seniority >= 7 && $0 > 2 })
            else { continue }
            user.managerID = users[managerIndex].id
            try await user.save(on: db)
        }
        return users
    }
}

import Fluent
import Foundation
import TandemCore
import Testing
import VaporTesting
@testable import TandemServer

@Suite("Profile page and profile API")
struct ProfileTests {
    static let validForm = [
        "name": "Pat Changed", "title": "Staff Engineer", "department": "Platform", "seniority": "Senior",
        "time_zone": "America/New_York", "languages": "English, French", "skills_offered": "SQL:3, Swift",
        "skills_wanted": "Go:2", "motivators[]": "leadership", "communication_style": "direct",
        "meeting_preference": "chat", "availability_hours": "6", "mentor_capacity": "3", "bio": "Likes databases",
    ]

    @Test(arguments: TestDB.enabled)
    func profilePageRenders(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let person = try await fixtures.user(in: org, name: "Pat Person", department: "Finance")
            let browser = try await fixtures.client(signedInAs: person)
            // act
            let page = try await browser.get("/profile")
            // assert
            #expect(page.status == .ok)
            #expect(page.body.string.contains("<h1>Your profile</h1>"))
            #expect(page.body.string.contains("value=\"Pat Person\""))
            #expect(page.body.string.contains("value=\"Finance\""))
        }
    }

    @Test(arguments: TestDB.enabled)
    func validProfileIsSaved(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let person = try await fixtures.user(in: org, name: "Pat Person")
            let browser = try await fixtures.client(signedInAs: person)
            // act
            let response = try await browser.post("/profile", form: Self.validForm)
            // assert
            #expect(response.status == .seeOther)
            #expect(response.location.contains("notice=profile-saved"))
            let profile = try await fixtures.profile(of: person)
            #expect(profile.title == "Staff Engineer")
            #expect(profile.department == "Platform")
            #expect(profile.seniority == 4)
            #expect(profile.timeZone == "America/New_York")
            #expect(profile.languagesKey == ",english,french,")
            #expect(profile.skillsOffered == "SQL:3, Swift:1")
            #expect(profile.skillsOfferedKey == ",sql,swift,")
            #expect(profile.motivatorList == [.leadership])
            #expect(profile.communicationStyle == .direct)
            #expect(profile.meetingPreference == .chat)
            #expect(profile.mentorCapacity == 3)
            #expect(profile.bio == "Likes databases")
            #expect(try await User.find(person.id, on: app.db)?.name == "Pat Changed")
        }
    }

    @Test(arguments: TestDB.enabled)
    func invalidProfileKeepsEveryTypedValue(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let person = try await fixtures.user(in: org, name: "Pat Person")
            let browser = try await fixtures.client(signedInAs: person)
            var form = Self.validForm
            form["time_zone"] = "Mars/Olympus"
            form["skills_offered"] = "SQL:5"
            form["seniority"] = "wizard"
            // act
            let response = try await browser.post("/profile", form: form)
            // assert
            #expect(response.status == .unprocessableEntity)
            let html = response.body.string
            #expect(html.contains("Choose a time zone such as Europe/London."))
            #expect(html.contains("a level from 1 to 3, like Swift:2."))
            #expect(html.contains("Choose a seniority level from 1 to 10"))
            for typed in ["Pat Changed", "Staff Engineer", "Platform", "wizard", "Mars/Olympus", "English, French", "SQL:5", "Go:2", "6", "3"] {
                #expect(html.contains("value=\"\(typed)\""), "lost \(typed)")
            }
            #expect(html.contains("value=\"leadership\" checked"))
            #expect(html.contains("value=\"direct\" selected"))
            #expect(html.contains("value=\"chat\" selected"))
            #expect(html.contains(">Likes databases</textarea>"))
            let profile = try await fixtures.profile(of: person)
            #expect(profile.timeZone == "Europe/London")
            #expect(try await User.find(person.id, on: app.db)?.name == "Pat Person")
        }
    }

    @Test(arguments: TestDB.enabled)
    func capacityBelowSeatsInUseIsRefused(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let person = try await fixtures.user(in: org, name: "Pat Person", mentorCapacity: 3)
            let profile = try await fixtures.profile(of: person)
            profile.mentorSeatsUsed = 2
            try await profile.save(on: app.db)
            let browser = try await fixtures.client(signedInAs: person)
            var form = Self.validForm
            form["mentor_capacity"] = "1"
            // act
            let response = try await browser.post("/profile", form: form)
            // assert
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("You already mentor 2 people. Choose at least 2."))
            #expect(try await fixtures.profile(of: person).mentorCapacity == 3)
        }
    }

    @Test(arguments: TestDB.enabled)
    func apiReplacesProfile(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let person = try await fixtures.user(in: org, name: "Pat Person")
            let browser = try await fixtures.client(signedInAs: person)
            let draft = ProfileDraft(name: "Pat API", title: "Analyst", department: "Data", seniority: "3",
                                     timeZone: "Europe/Berlin", languages: "German", skillsOffered: "Python:2",
                                     motivators: ["networking"], communicationStyle: "reflective",
                                     meetingPreference: "video", availabilityHours: "4", mentorCapacity: "1")
            // act
            let response = try await browser.api(.PUT, "/api/v1/profile", json: draft)
            // assert
            #expect(response.status == .ok)
            let body = try response.json(ProfilesAPI.ProfileResponse.self)
            #expect(body.name == "Pat API")
            #expect(body.seniorityName == "Intermediate")
            #expect(body.skillsOffered.map(\.name) == ["Python"])
            #expect(body.languages == ["German"])
            #expect(try await fixtures.profile(of: person).timeZone == "Europe/Berlin")
            #expect(try await browser.api(.GET, "/api/v1/profile").json(ProfilesAPI.ProfileResponse.self).title == "Analyst")
        }
    }

    @Test(arguments: TestDB.enabled)
    func apiRefusesBadProfileWithFieldErrors(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let person = try await fixtures.user(in: org, name: "Pat Person")
            let browser = try await fixtures.client(signedInAs: person)
            let draft = ProfileDraft(name: "Pat", seniority: "wizard", timeZone: "Nowhere/Land", languages: "English",
                                     skillsOffered: "SQL:5", communicationStyle: "direct", meetingPreference: "video",
                                     availabilityHours: "4", mentorCapacity: "2")
            // act
            let response = try await browser.api(.PUT, "/api/v1/profile", json: draft)
            // assert
            #expect(response.status == .unprocessableEntity)
            let error = try response.json(ErrorBody.self).error
            #expect(error.code == "validation.failed")
            #expect(!error.message.isEmpty)
            let fields = Set((error.fields ?? []).map(\.field))
            #expect(fields == ["seniority", "time_zone", "skills_offered"])
            #expect(try await User.find(person.id, on: app.db)?.name == "Pat Person")
        }
    }

    @Test(arguments: TestDB.enabled)
    func colleagueProfileIsVisibleButNotAnotherOrganisations(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let viewer = try await fixtures.user(in: org, name: "Pat Person")
            let colleague = try await fixtures.user(in: org, name: "Cara Colleague", department: "Legal", skills: "Contracts:3")
            let stranger = try await fixtures.user(in: try await fixtures.organisation("Other"), name: "Sam Stranger")
            let browser = try await fixtures.client(signedInAs: viewer)
            // act
            let seen = try await browser.api(.GET, "/api/v1/profiles/\(colleague.id!)")
            let hidden = try await browser.api(.GET, "/api/v1/profiles/\(stranger.id!)")
            // assert
            #expect(seen.status == .ok)
            let body = try seen.json(ProfilesAPI.ProfileResponse.self)
            #expect(body.userID == colleague.id)
            #expect(body.name == "Cara Colleague")
            #expect(body.department == "Legal")
            #expect(body.skillsOffered.first?.level == 3)
            #expect(hidden.status == .notFound)
            #expect(hidden.errorCode == "profile.not_found")
        }
    }
}

import Fluent
import Foundation
import TandemCore
import Testing
import VaporTesting
@testable import TandemServer

@Suite("Browsing a programme's mentors")
struct MentorBrowseTests {
    static func cardNames(_ html: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: #"<article class="mentor-card card">\s*<h3>([^<]+)</h3>"#)
        return regex.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap {
            Range($0.range(at: 1), in: html).map { String(html[$0]) }
        }
    }

    @Test(arguments: TestDB.enabled)
    func filtersNarrowTheList(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let scene = try await MentoringScene.make(fixtures)
            let finance = try await fixtures.user(in: scene.org, name: "Fay Finance", department: "Finance", skills: "SQL:2, Budgets:3")
            let profile = try await fixtures.profile(of: finance)
            profile.setLanguages(["English", "German"])
            try await profile.save(on: app.db)
            try await fixtures.enrol(finance, in: scene.programme, as: .mentor)
            let browser = try await fixtures.client(signedInAs: scene.mentee)
            let base = "/programmes/\(scene.programmeID)/mentors"
            // act
            let all = try await browser.get(base)
            let bySkill = try await browser.get(base + "?skill=Budgets")
            let bySharedSkill = try await browser.get(base + "?skill=sql")
            let byDepartment = try await browser.get(base + "?department=engineering")
            let byLanguage = try await browser.get(base + "?language=German")
            let nobody = try await browser.get(base + "?skill=swift&department=Finance")
            // assert
            #expect(all.status == .ok)
            #expect(Self.cardNames(all.body.string) == ["Fay Finance", "Maya Mentor"])
            #expect(Self.cardNames(bySkill.body.string) == ["Fay Finance"])
            #expect(Self.cardNames(bySharedSkill.body.string) == ["Fay Finance", "Maya Mentor"])
            #expect(Self.cardNames(byDepartment.body.string) == ["Maya Mentor"])
            #expect(Self.cardNames(byLanguage.body.string) == ["Fay Finance"])
            #expect(Self.cardNames(nobody.body.string).isEmpty)
            #expect(nobody.body.string.contains("No one matches these filters yet."))
        }
    }

    @Test(arguments: TestDB.enabled)
    func twentyFiveMentorsPageAsTwentyThenFive(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let mentee = try await fixtures.user(in: org, name: "Tom Mentee")
            let programme = try await fixtures.programme(in: org)
            try await fixtures.enrol(mentee, in: programme, as: .mentee)
            for n in 1...25 {
                let mentor = try await fixtures.user(in: org, name: String(format: "Mentor %02d", n))
                try await fixtures.enrol(mentor, in: programme, as: .mentor)
            }
            let browser = try await fixtures.client(signedInAs: mentee)
            // act
            let first = try await browser.get("/programmes/\(programme.id!)/mentors")
            let nextHref = try #require(TestClient.firstMatch(in: first.body.string, pattern: #"href="([^"]+)">Next page"#))
            let second = try await browser.get(nextHref.replacingOccurrences(of: "&amp;", with: "&"))
            // assert
            let firstNames = Self.cardNames(first.body.string)
            let secondNames = Self.cardNames(second.body.string)
            #expect(firstNames.count == 20)
            #expect(nextHref.contains("after="))
            #expect(secondNames.count == 5)
            #expect(Set(firstNames).isDisjoint(with: secondNames))
            #expect(firstNames + secondNames == (1...25).map { String(format: "Mentor %02d", $0) })
            #expect(!second.body.string.contains("Next page"))
        }
    }

    @Test(arguments: TestDB.enabled)
    func mentorAtCapacityIsMarkedAndRefusesRequests(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let scene = try await MentoringScene.make(fixtures)
            let enrolment = try #require(try await fixtures.enrolment(of: scene.mentor, in: scene.programme, as: .mentor))
            enrolment.seatsUsed = enrolment.capacity
            try await enrolment.save(on: app.db)
            let browser = try await fixtures.client(signedInAs: scene.mentee)
            // act
            let page = try await browser.get("/programmes/\(scene.programmeID)/mentors")
            let api = try await browser.api(.POST, "/api/v1/requests", json: RequestsAPI.CreateRequest(
                programmeID: scene.programmeID, mentorID: scene.mentorID, message: "Hi", hopes: "SQL"))
            let form = try await browser.post("/programmes/\(scene.programmeID)/mentors/\(scene.mentorID)/request",
                                              form: ["message": "Hi", "hopes": "SQL"])
            // assert
            #expect(page.body.string.contains("At capacity"))
            #expect(!page.body.string.contains("Request Maya Mentor"))
            #expect(api.status == .conflict)
            #expect(api.errorCode == "capacity.full")
            #expect(form.status == .conflict)
            #expect(try await MentorRequest.query(on: app.db).count() == 0)
        }
    }

    @Test(arguments: TestDB.enabled)
    func personalCapacityAlsoCountsAcrossProgrammes(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let scene = try await MentoringScene.make(fixtures)
            let profile = try await fixtures.profile(of: scene.mentor)
            profile.mentorSeatsUsed = profile.mentorCapacity
            try await profile.save(on: app.db)
            let browser = try await fixtures.client(signedInAs: scene.mentee)
            // act
            let api = try await browser.api(.GET, "/api/v1/programmes/\(scene.programmeID)/mentors")
            // assert
            let page = try api.json(APIPage<MentorsAPI.MentorResponse>.self)
            #expect(page.items.map(\.name) == ["Maya Mentor"])
            #expect(page.items.first?.atCapacity == true)
            #expect(page.items.first?.seatsLeft == 0)
        }
    }
}

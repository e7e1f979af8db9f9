import Foundation
import Testing
@testable import TandemCore

/// Every list field has a cap; one over it is a clear error on that field (issue #11).
@Suite struct ListCapTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let cap: Int
        let field: String
        /// The draft's problems with `count` items (nil when it is valid).
        let validate: @Sendable (Int) -> ValidationFailure?
        var testDescription: String { name }
    }

    static func failure(_ body: () throws -> Void) -> ValidationFailure? {
        do {
            try body()
            return nil
        } catch {
            return error as? ValidationFailure
        }
    }

    static let profile = ProfileDraft(
        name: "Ada", seniority: "5", timeZone: "Europe/Berlin", languages: "English",
        communicationStyle: "direct", meetingPreference: "video", availabilityHours: "4", mentorCapacity: "2")

    static let cases: [Case] = [
        Case(name: "actions per check-in", cap: 20, field: "actions") { count in
            failure {
                _ = try CheckInDraft(
                    meeting: MeetingDraft(date: "2026-06-01", time: "09:00", durationMinutes: "60", format: "video",
                                          meetingLink: "https://meet.google.com/abc"),
                    actions: (0..<count).map { ActionItemDraft(title: "Action \($0)", ownerID: "ada") }
                ).validate(defaultTimeZone: TimeZone(identifier: "UTC")!,
                           now: Date(timeIntervalSince1970: 1_780_400_000), memberIDs: ["ada"])
            }
        },
        Case(name: "languages", cap: 10, field: "languages") { count in
            var draft = profile
            draft.languages = (0..<count).map { "Language \($0)" }.joined(separator: ", ")
            return failure { _ = try draft.validate() }
        },
        Case(name: "skills offered", cap: 30, field: "skills_offered") { count in
            var draft = profile
            draft.skillsOffered = (0..<count).map { "skill \($0)" }.joined(separator: ", ")
            return failure { _ = try draft.validate() }
        },
        Case(name: "skills wanted", cap: 30, field: "skills_wanted") { count in
            var draft = profile
            draft.skillsWanted = (0..<count).map { "skill \($0)" }.joined(separator: "\n")
            return failure { _ = try draft.validate() }
        },
        Case(name: "milestones per goal", cap: 20, field: "milestones") { count in
            failure {
                _ = try GoalDraft(title: "Goal", milestones: (0..<count).map { "Step \($0)" }.joined(separator: "\n"))
                    .validate()
            }
        },
        Case(name: "questions per survey", cap: 30, field: "questions") { count in
            failure {
                _ = try SurveyDraft(
                    title: "Pulse", trigger: "now",
                    questions: (0..<count).map { SurveyQuestionDraft(prompt: "Q\($0)?", kind: "rating") }
                ).validate()
            }
        },
    ]

    @Test(arguments: cases)
    func theCapItselfIsFine(_ c: Case) {
        let problems = c.validate(c.cap)
        #expect(problems == nil, "\(problems?.fields ?? [])")
    }

    @Test(arguments: cases)
    func oneOverTheCapIsAFieldError(_ c: Case) throws {
        // act
        let failure = try #require(c.validate(c.cap + 1))
        // assert
        let error = try #require(failure.fields.first { $0.field == c.field })
        #expect(error.code == "too_many")
        #expect(error.message.contains("\(c.cap)"))
    }

    @Test func capsAreTheDocumentedNumbers() {
        #expect(ValidCheckIn.maxActions == 20)
        #expect(ValidProfile.maxLanguages == 10)
        #expect(SkillTagList.maxCount == 30)
        #expect(ValidGoal.maxMilestones == 20)
        #expect(ValidSurvey.questionCountRange.upperBound == 30)
    }
}

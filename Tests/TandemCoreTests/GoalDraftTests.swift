import Foundation
import Testing
@testable import TandemCore

@Suite struct GoalDraftTests {
    static let good = GoalDraft(
        title: "  Run a workshop on SQL joins ", description: " For the analysts. ",
        measure: " 10 attendees ", targetDate: " 2027-03-31 ", status: "on_track",
        visibility: "admins", milestones: " Outline \n\n  \r\nDry run\n Workshop ")

    @Test func trimsAndSplitsAValidGoal() throws {
        // act
        let valid = try Self.good.validate()
        // assert
        #expect(valid == ValidGoal(
            title: "Run a workshop on SQL joins", description: "For the analysts.",
            measure: "10 attendees", targetDate: day("2027-03-31"), status: .onTrack,
            visibility: .admins, milestones: ["Outline", "Dry run", "Workshop"]))
    }

    @Test func onlyTheTitleIsRequired() throws {
        // act
        let valid = try GoalDraft(title: "Speak up in planning").validate()
        // assert
        #expect(valid.targetDate == nil)
        #expect(valid.status == .notStarted)
        #expect(valid.visibility == .pair)
        #expect(valid.milestones.isEmpty)
        #expect(valid.description.isEmpty && valid.measure.isEmpty)
    }

    @Test func weakSmartGoalsAreStillValid() throws {
        let valid = try GoalDraft(title: "Get better at Excel", targetDate: "2020-01-01").validate()
        #expect(valid.targetDate == day("2020-01-01"))
    }

    @Test func reportsEveryProblemAtOnce() {
        // arrange
        let draft = GoalDraft(
            title: " ", description: String(repeating: "d", count: 4001),
            measure: String(repeating: "m", count: 1001), targetDate: "31/03/2027",
            status: "finished", visibility: "everyone",
            milestones: (1...21).map { "Step \($0)" }.joined(separator: "\n"))
        // act
        let fields = failedFields { _ = try draft.validate() }
        // assert
        #expect(fields == [
            "description", "measure", "milestones", "status", "target_date", "title", "visibility",
        ])
    }

    @Test(arguments: [
        (\GoalDraft.title, String(repeating: "t", count: 201), "title"),
        (\.title, "\n\t", "title"),
        (\.description, String(repeating: "d", count: 4001), "description"),
        (\.measure, String(repeating: "m", count: 1001), "measure"),
        (\.targetDate, "2027-02-30", "target_date"),
        (\.targetDate, "next spring", "target_date"),
        (\.status, "finished", "status"),
        (\.status, "Done", "status"),
        (\.visibility, "public", "visibility"),
        (\.milestones, String(repeating: "s", count: 201), "milestones"),
        (\.milestones, (1...21).map(String.init).joined(separator: "\n"), "milestones"),
    ] as [(WritableKeyPath<GoalDraft, String> & Sendable, String, String)])
    func rejectsOneBadField(field: WritableKeyPath<GoalDraft, String> & Sendable, value: String, name: String) {
        var draft = Self.good
        draft[keyPath: field] = value
        #expect(failedFields { _ = try draft.validate() } == [name])
    }

    @Test(arguments: [
        (\GoalDraft.title, String(repeating: "t", count: 200)),
        (\.description, String(repeating: "d", count: 4000)),
        (\.measure, String(repeating: "m", count: 1000)),
        (\.targetDate, ""),
        (\.status, " done "),
        (\.visibility, ""),
        (\.milestones, String(repeating: "s", count: 200)),
        (\.milestones, (1...20).map(String.init).joined(separator: "\n\n")),
    ] as [(WritableKeyPath<GoalDraft, String> & Sendable, String)])
    func acceptsValuesAtTheLimits(field: WritableKeyPath<GoalDraft, String> & Sendable, value: String) {
        var draft = Self.good
        draft[keyPath: field] = value
        #expect(failedFields { _ = try draft.validate() } == [])
    }

    @Test func explainsWhatToFix() {
        // arrange
        var failure: ValidationFailure?
        // act
        do {
            _ = try GoalDraft(targetDate: "soon", status: "later", visibility: "all").validate()
        } catch { failure = error }
        // assert
        #expect(failure?.message(for: "title") == "Give your goal a short title.")
        #expect(failure?.message(for: "target_date")
            == "Enter the target date as a date, for example 2027-03-31.")
        #expect(failure?.fields.first { $0.field == "target_date" }?.code == "invalid")
        #expect(failure?.fields.first { $0.field == "status" }?.code == "invalid")
        #expect(failure?.message(for: "visibility") == "Choose who can see this goal.")
    }

    @Test func decodingMissingFieldsGivesRequiredErrorsNotADecodeFailure() throws {
        // arrange
        let draft = try JSONDecoder().decode(GoalDraft.self, from: Data("{}".utf8))
        var failure: ValidationFailure?
        // act
        do { _ = try draft.validate() } catch { failure = error }
        // assert
        #expect(draft == GoalDraft())
        #expect(failure?.fields == [
            FieldError(field: "title", code: "required", message: "Give your goal a short title."),
        ])
    }

    @Test func decodesSnakeCaseNullsAndNumbers() throws {
        // arrange
        let json = #"{"title":2027,"target_date":"2027-03-31","status":null,"milestones":"a\nb"}"#
        // act
        let draft = try JSONDecoder().decode(GoalDraft.self, from: Data(json.utf8))
        // assert
        #expect(draft == GoalDraft(title: "2027", targetDate: "2027-03-31", milestones: "a\nb"))
    }

    @Test func encodesWithFormFieldNames() throws {
        let data = try JSONEncoder().encode(GoalDraft(title: "Ship it", targetDate: "2027-01-01"))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: String]
        #expect(object?["target_date"] == "2027-01-01")
        #expect(object?["title"] == "Ship it")
        #expect(object?.count == 7)
    }

    @Test func validGoalRoundTripsThroughItsDraft() throws {
        let valid = try Self.good.validate()
        #expect(try valid.draft.validate() == valid)
    }
}

@Suite struct GoalChoiceTests {
    @Test func rawValuesAndLabels() {
        #expect(GoalStatus.allCases.map(\.rawValue) == ["not_started", "on_track", "at_risk", "done", "dropped"])
        #expect(GoalStatus.allCases.map(\.label) == ["Not started", "On track", "At risk", "Done", "Dropped"])
        #expect(GoalVisibility.allCases.map(\.rawValue) == ["pair", "admins"])
        #expect(GoalVisibility.allCases.map(\.label) == ["Only us", "Us, and programme admins in aggregate"])
    }

    @Test func onlyDoneAndDroppedAreClosed() {
        #expect(GoalStatus.allCases.filter(\.isOpen) == [.notStarted, .onTrack, .atRisk])
    }
}

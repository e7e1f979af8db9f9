import Testing
@testable import TandemCore

@Suite struct ProgrammeDraftTests {
    static let formal = ProgrammeDraft(
        name: "  Spring cohort ", description: "Grow together.", type: "one_to_one", mode: "formal",
        defaultCapacity: "3", questions: "What do you want to learn?\n\n  Why now?  \n",
        enrolmentStarts: "2025-03-01", matchingStarts: "2025-03-15", activeStarts: "2025-04-01",
        closingStarts: "2025-08-01", endsOn: "2025-08-31")

    @Test func validFormalProgramme() throws {
        // act
        let valid = try Self.formal.validate()
        // assert
        #expect(valid.name == "Spring cohort")
        #expect(valid.type == .oneToOne)
        #expect(valid.mode == .formal)
        #expect(valid.defaultCapacity == 3)
        #expect(valid.questions == ["What do you want to learn?", "Why now?"])
        #expect(valid.schedule?.activeStarts == day("2025-04-01"))
        #expect(valid.schedule?.endsOn == day("2025-08-31"))
    }

    @Test func informalIgnoresDates() throws {
        // arrange
        var draft = Self.formal
        draft.mode = "informal"
        draft.enrolmentStarts = "garbage"
        // act
        let valid = try draft.validate()
        // assert
        #expect(valid.schedule == nil)
        #expect(valid.mode == .informal)
    }

    @Test func allowsEqualPhaseDates() throws {
        var draft = Self.formal
        draft.matchingStarts = draft.enrolmentStarts
        #expect(try draft.validate().schedule?.matchingStarts == day("2025-03-01"))
    }

    @Test(arguments: [
        (\ProgrammeDraft.name, "", "name"),
        (\.name, String(repeating: "n", count: 121), "name"),
        (\.description, String(repeating: "d", count: 4001), "description"),
        (\.type, "mentoring", "type"),
        (\.mode, "", "mode"),
        (\.defaultCapacity, "0", "default_capacity"),
        (\.defaultCapacity, "51", "default_capacity"),
        (\.defaultCapacity, "three", "default_capacity"),
        (\.questions, (1...11).map { "Q\($0)" }.joined(separator: "\n"), "questions"),
        (\.questions, String(repeating: "q", count: 301), "questions"),
        (\.enrolmentStarts, "", "enrolment_starts"),
        (\.matchingStarts, "2025-02-28", "matching_starts"),
        (\.activeStarts, "2025-02-30", "active_starts"),
        (\.closingStarts, "1 Aug 2025", "closing_starts"),
        (\.endsOn, "2025-08-01", "ends_on"),
    ] as [(WritableKeyPath<ProgrammeDraft, String> & Sendable, String, String)])
    func reportsEachBadField(keyPath: WritableKeyPath<ProgrammeDraft, String> & Sendable, value: String, field: String) {
        // arrange
        var draft = Self.formal
        draft[keyPath: keyPath] = value
        // act + assert
        #expect(failedFields { _ = try draft.validate() } == [field])
    }

    @Test func reportsAllErrorsTogetherWithFriendlyMessages() {
        // arrange
        let draft = ProgrammeDraft(
            type: "x", mode: "formal", defaultCapacity: "99",
            enrolmentStarts: "2025-05-01", matchingStarts: "2025-04-01", activeStarts: "bad")
        // act
        var failure: ValidationFailure?
        do { _ = try draft.validate() } catch { failure = error }
        // assert
        #expect(failure?.fields.map(\.field).sorted() == [
            "active_starts", "closing_starts", "default_capacity", "ends_on", "matching_starts",
            "name", "type",
        ])
        #expect(failure?.message(for: "name") == "Enter a name.")
        #expect(failure?.message(for: "matching_starts") == "Choose a date on or after the enrolment start date.")
    }

    @Test func endDateMustBeAfterClosing() {
        var draft = Self.formal
        draft.endsOn = draft.closingStarts
        var failure: ValidationFailure?
        do { _ = try draft.validate() } catch { failure = error }
        #expect(failure?.message(for: "ends_on") == "Choose a date after the closing date.")
    }

    @Test func draftRoundTripsThroughValidProgramme() throws {
        let valid = try Self.formal.validate()
        #expect(try valid.draft.validate() == valid)
    }
}

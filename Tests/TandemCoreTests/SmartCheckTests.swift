import Testing
@testable import TandemCore

/// One goal and what the SMART check should say about it. `met` spells the verdict as five
/// characters in S-M-A-R-T order: the letter when the criterion is met, "." when it is not.
struct SmartCase: Sendable, CustomTestStringConvertible {
    let input: SmartInput
    let met: String
    var hints: [SmartCriterion: String] = [:]

    var testDescription: String { "\(input.title) → \(met)" }

    static let today = day("2026-11-26")
    static let programmeEnds = day("2027-06-30")

    static func goal(
        _ title: String, description: String = "", measure: String = "", target: String? = nil,
        milestones: Int = 0, ends: LocalDate? = programmeEnds, focus: [String] = ["SQL"],
        met: String, hints: [SmartCriterion: String] = [:]
    ) -> SmartCase {
        SmartCase(
            input: SmartInput(
                title: title, description: description, measure: measure,
                targetDate: target.map(day), milestones: (0..<milestones).map { "Step \($0 + 1)" },
                today: today, programmeEnds: ends, focusAreas: focus),
            met: met, hints: hints)
    }
}

@Suite struct SmartCheckTests {
    static let cases: [SmartCase] = [
        .goal("Get better at Excel", met: "..A..", hints: [
            .specific: "Say what exactly will change: which skill, for whom, in what situation.",
            .measurable: "Add a measure of success: a number or a deliverable.",
            .relevant: "Say why this matters to you now: link it to your role or to what this "
                + "relationship is about (for example: SQL).",
            .timeBound: "Add a target date.",
        ]),
        .goal(
            "Run a 30-minute workshop on SQL joins for my team by 2027-03-31 so that they can "
                + "self-serve reports",
            measure: "Workshop delivered, 10 attendees, 4/5 average rating", target: "2027-03-31",
            met: "SMART"),
        .goal(
            "Learn Python, improve my public speaking and get promoted", target: "2027-05-01",
            focus: ["Python"], met: "..ART", hints: [
                .specific: "Split this: it names three outcomes.",
                .measurable: "Add a measure of success: a number or a deliverable.",
            ]),
        .goal(
            "Learn Python and get promoted", measure: "Promotion confirmed in the spring review",
            target: "2027-05-01", focus: ["python"], met: ".MART",
            hints: [.specific: "Split this: it names two outcomes."]),
        .goal(
            "Python, public speaking and stakeholder management", measure: "Feedback from my manager",
            target: "2027-05-01", focus: ["Python"], met: ".MART",
            hints: [.specific: "Split this: it names three outcomes."]),
        // One verb over a list of topics, and a bare verb sharing an object, are one outcome.
        .goal(
            "Learn SQL joins, window functions and CTEs for the monthly sales report",
            measure: "Write three report queries without help", target: "2027-02-28", met: "SMART"),
        .goal(
            "Research and write a report on customer churn for the leadership team",
            measure: "Report presented at the March leadership meeting", target: "2027-03-15",
            focus: ["customer churn"], met: "SMART"),
        .goal(
            "Be more confident", measure: "My manager notices I speak up in two meetings a week",
            target: "2027-03-01", focus: ["public speaking", "stakeholder management", "SQL"],
            met: ".MA.T", hints: [
                .specific: "Say what exactly will change: which skill, for whom, in what situation.",
                .relevant: "Say why this matters to you now: link it to your role or to what this "
                    + "relationship is about (for example: public speaking, stakeholder management).",
            ]),
        .goal(
            "Improve how I run sprint retrospectives for my team", measure: "It feels better",
            target: "2027-03-31", met: "S.ART", hints: [
                .measurable: "Say how you will know it is done: a number, a deliverable, or who will notice.",
            ]),
        .goal(
            "Publish three blog posts about our data platform", measure: "Three posts published",
            target: "2026-10-01", focus: ["data platform"], met: "SMAR.", hints: [
                .timeBound: "The target date has passed: choose a new one or mark the goal done.",
            ]),
        .goal(
            "Design the on-call handbook with the SRE team because incidents take too long",
            measure: "Handbook reviewed by 5 engineers", target: "2027-09-30", met: "SMAR.", hints: [
                .timeBound: "The target date is after the programme ends (30 Jun 2027): bring it forward.",
            ]),
        .goal(
            "Lead the SQL guild's quarterly meetups for analysts", measure: "Four meetups held",
            target: "2029-06-01", ends: nil, met: "SMAR.",
            hints: [.timeBound: "Pick a nearer date, or add milestones with their own dates."]),
        .goal(
            "Lead the SQL guild's quarterly meetups for analysts", measure: "Four meetups held",
            target: "2028-11-26", ends: nil, met: "SMART"),
        .goal(
            "Migrate the billing reports to SQL views for finance", measure: "12 reports migrated",
            target: "2027-04-30", milestones: 13, met: "SM.RT", hints: [
                .achievable: "That is a lot of milestones for one goal: keep the most important few, "
                    + "or split the goal.",
            ]),
        .goal(
            "Migrate the billing reports to SQL views for finance", measure: "12 reports migrated",
            target: "2026-12-01", milestones: 3, met: "SM.RT",
            hints: [.achievable: "This looks like a lot for the time: narrow it or move the date."]),
        .goal(
            "Migrate the billing reports to SQL views for finance", measure: "12 reports migrated",
            target: "2026-12-01", milestones: 2, met: "SMART"),
        .goal(
            "Become fluent in Spanish for client calls in Madrid",
            measure: "Hold a 30-minute client call in Spanish", target: "2027-01-31",
            focus: ["Spanish"], met: "SM.RT", hints: [
                .achievable: "“Fluent” sets a very high bar for under three months: aim for a clear "
                    + "first step, or move the date.",
            ]),
        .goal(
            "Become fluent in Spanish for client calls in Madrid",
            measure: "Hold a 30-minute client call in Spanish", target: "2027-06-01",
            focus: ["Spanish"], met: "SMART"),
        // "every week" is a rhythm, not an absolute.
        .goal(
            "Practise SQL window functions every week on real finance questions",
            measure: "Ten solved exercises", target: "2026-12-20", met: "SMART"),
        // A description can make a vague title specific, and carry the evidence.
        .goal(
            "Get better at Excel",
            description: "Build the monthly finance pivot tables myself so that the data team "
                + "can focus on modelling. My manager will give feedback.",
            target: "2027-02-15", met: "SMART"),
        // Frequency words count as a measure; a vague phrase with enough detail is specific.
        .goal(
            "Build confidence speaking in leadership meetings",
            measure: "Speak at least once in each weekly leadership meeting", target: "2027-02-01",
            focus: ["public speaking"], met: "SMA.T"),
        .goal(
            "Improve my public speaking skills", measure: "Feedback from my manager",
            target: "2027-02-01", focus: ["public speaking"], met: ".MART",
            hints: [.specific: "Say what exactly will change: which skill, for whom, in what situation."]),
        // No focus areas: the hint gives no examples.
        .goal(
            "Write the onboarding guide for new analysts", measure: "Guide published on the wiki",
            target: "2027-01-31", focus: [], met: "SMA.T", hints: [
                .relevant: "Say why this matters to you now: link it to your role or to what this "
                    + "relationship is about.",
            ]),
        // Dates and years in the measure say when, not how much.
        .goal(
            "Write the onboarding guide for new analysts for my team", measure: "By 2027-01-31 in 2027",
            target: "2027-01-31", met: "S.ART"),
    ]

    @Test(arguments: cases)
    func reviewsGoal(_ goal: SmartCase) {
        // act
        let report = SmartCheck.review(goal.input)
        // assert
        let verdict = zip(report.findings, Array("SMART")).map { $0.met ? String($1) : "." }.joined()
        #expect(verdict == goal.met)
        #expect(report.findings.map(\.criterion) == SmartCriterion.allCases)
        for (criterion, hint) in goal.hints {
            #expect(report.finding(for: criterion)?.hint == hint)
        }
        for finding in report.findings {
            #expect((finding.hint == nil) == finding.met)
        }
    }

    @Test func summarisesTheFindings() {
        // arrange
        let weak = SmartCheck.review(Self.cases[0].input)
        let smart = SmartCheck.review(Self.cases[1].input)
        // assert
        #expect(weak.metCount == 1)
        #expect(!weak.isSmart)
        #expect(weak.hints.map(\.criterion) == [.specific, .measurable, .relevant, .timeBound])
        #expect(smart.metCount == 5)
        #expect(smart.isSmart)
        #expect(smart.hints.isEmpty)
    }

    @Test func readsAValidGoal() throws {
        // arrange
        let goal = try GoalDraft(
            title: "Run a workshop on SQL joins", measure: "Workshop delivered",
            targetDate: "2027-03-01", milestones: "Outline\nDry run").validate()
        // act
        let input = SmartInput(
            goal: goal, today: SmartCase.today, programmeEnds: SmartCase.programmeEnds,
            focusAreas: ["SQL"])
        // assert
        #expect(input == SmartInput(
            title: "Run a workshop on SQL joins", measure: "Workshop delivered",
            targetDate: day("2027-03-01"), milestones: ["Outline", "Dry run"],
            today: SmartCase.today, programmeEnds: SmartCase.programmeEnds, focusAreas: ["SQL"]))
        #expect(SmartCheck.review(input).isSmart)
    }

    @Test func targetDateTodayIsStillOnTime() {
        let input = SmartInput(title: "t", targetDate: SmartCase.today, today: SmartCase.today)
        #expect(SmartCheck.timeBound(input).met)
    }

    @Test func twoYearsFromALeapDayEndsOnTheLastOfFebruary() {
        #expect(SmartCheck.yearsLater(2, than: day("2028-02-29")) == day("2030-02-28"))
        #expect(SmartCheck.yearsLater(2, than: day("2026-11-26")) == day("2028-11-26"))
    }

    @Test func metFindingsCarryNoHint() {
        #expect(SmartFinding(criterion: .relevant, met: true, hint: "ignored").hint == nil)
        #expect(SmartFinding(criterion: .relevant, met: false, hint: "Say why.").hint == "Say why.")
    }
}

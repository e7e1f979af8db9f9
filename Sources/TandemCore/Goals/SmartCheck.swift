/// Advice on whether a goal is SMART: Specific, Measurable, Achievable, Relevant, Time-bound.
///
/// The check is transparent and rule-based (English word lists in `SmartVocabulary`), so a
/// person can see why a hint appeared, and it never blocks saving a goal. Each criterion gives
/// one finding; when several rules fail, the first in the list below speaks.
///
/// - Specific (`SmartCheck+Specific.swift`)
///   1. The title names two or more outcomes: "Split this: it names three outcomes." An outcome
///      is a part of the title (split at commas, ";", "&", "and", "plus", "as well as", and
///      before any "so that"/"because" clause) that starts with its own verb and has an object,
///      so "learn Python and get promoted" is two, while "learn SQL joins, window functions
///      and CTEs" and "research and write a report" are one. A verb-less list of three or more
///      items ("Python, SQL and Excel") counts each item.
///   2. Title and description together have fewer than 4 words (with letters).
///   3. A vague phrase ("get better", "improve", "learn more", "be more confident", "grow" …)
///      with at most 2 other meaningful words, as in "Get better at Excel".
///   Hint for 2 and 3: "Say what exactly will change: which skill, for whom, in what situation."
/// - Measurable (`SmartCheck+Measurable.swift`): met when the measure or the description
///   holds a number (dates and years do not count), a number word ("three"), a percentage, or
///   evidence of a deliverable or an observer ("workshop", "publish", "rating",
///   "feedback" …). Otherwise, with no measure: "Add a measure of success: a number or a
///   deliverable."; with a vague one: "Say how you will know it is done: a number, a
///   deliverable, or who will notice."
/// - Achievable (`SmartCheck+Achievable.swift`): unmet when there are more than 12 milestones;
///   or the target date is 0–7 days away with more than 2 milestones; or an absolute word
///   ("master", "expert", "perfect", "all", "every", "never", "always", "fluent") appears and
///   the target date is less than 90 days away ("every week" and "all hands" are rhythms and
///   names, not absolutes). Met otherwise, including with no date: Time-bound reports that.
/// - Relevant (`SmartCheck+Relevant.swift`): met when the title, description or measure
///   mentions a focus area (whole words, any case) or says why ("so that", "because",
///   "for my role", "for the team" …). The hint suggests up to two focus areas.
/// - Time-bound (`SmartCheck+TimeBound.swift`): unmet with no target date, a date before
///   today, a date after the programme ends, or a date more than two years after today.
public enum SmartCheck {
    public static func review(_ input: SmartInput) -> SmartReport {
        let goal = GoalText(input.title, input.description)
        let withMeasure = GoalText(words: goal.words + GoalText.words(in: input.measure))
        return SmartReport(findings: [
            specific(title: input.title, goal: goal),
            measurable(input),
            achievable(input, text: withMeasure),
            relevant(text: withMeasure, focusAreas: input.focusAreas),
            timeBound(input),
        ])
    }

    /// "two", "three" … "ten" for hints; digits beyond.
    static func countWord(_ count: Int) -> String {
        let words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
        return words.indices.contains(count) ? words[count] : String(count)
    }
}

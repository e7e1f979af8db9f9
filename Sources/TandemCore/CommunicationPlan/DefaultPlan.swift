/// The plan every new programme starts with, written by us; admins edit it, preview it and
/// switch messages off one by one. Formal programmes follow their phases; informal ones have no
/// dates, so they get the two messages about a match.
public enum DefaultPlan {
    public static func messages(for mode: ProgrammeMode) -> [ValidPlanMessage] {
        mode == .formal ? formal : informal
    }

    static let both: Set<PlanChannel> = [.inApp, .email]
    /// Programme-wide news also goes to the programme's Slack or Teams channel, when one is set.
    static let announced: Set<PlanChannel> = [.inApp, .email, .slack]

    static let onMatch = ValidPlanMessage(
        trigger: PlanTrigger(.matched), audience: .everyone,
        subject: "You have been matched in {{programme}}",
        body: """
            Hello {{first_name}},

            You have been matched with {{partner}} in {{programme}}. Say hello and agree when you will first meet: \
            the first conversation sets the tone for everything after it.

            Your shared space: {{link}}
            """,
        channels: both)

    static let noCheckIn = ValidPlanMessage(
        trigger: PlanTrigger(.matched, offsetDays: 14), audience: .pairsWithoutCheckIn,
        subject: "Have you met {{partner}} yet?",
        body: """
            Hello {{first_name}},

            It has been two weeks since you were matched with {{partner}} in {{programme}}, and we have not seen \
            a check-in yet. A short first conversation is enough: pick a time, and log it when you have met.

            {{link}}
            """,
        channels: both)

    static let informal = [onMatch, noCheckIn]

    static let formal: [ValidPlanMessage] = [
        ValidPlanMessage(
            trigger: PlanTrigger(.enrolmentStarts), audience: .everyone,
            subject: "Welcome to {{programme}}",
            body: """
                Hello {{first_name}},

                Welcome to {{programme}}. Enrolment is open: complete your profile so we can find you a good match, \
                and tell us what you hope to get out of the programme.

                {{link}}
                """,
            channels: announced),
        ValidPlanMessage(
            trigger: PlanTrigger(.matchingStarts, offsetDays: -7), audience: .everyone,
            subject: "One week left to enrol in {{programme}}",
            body: """
                Hello {{first_name}},

                Enrolment in {{programme}} closes in 7 days. Check your profile and answers now: they are what we \
                match on.

                {{link}}
                """,
            channels: announced),
        ValidPlanMessage(
            trigger: PlanTrigger(.matchingStarts), audience: .unmatched,
            subject: "Matching has opened in {{programme}}",
            body: """
                Hello {{first_name}},

                Matching has opened in {{programme}}. You can now ask a mentor directly, or wait for the \
                programme's match run.

                {{link}}
                """,
            channels: announced),
        onMatch,
        noCheckIn,
        ValidPlanMessage(
            trigger: PlanTrigger(.midpoint), audience: .everyone,
            subject: "Halfway through {{programme}}",
            body: """
                Hello {{first_name}},

                {{programme}} is halfway through. Take ten minutes with {{partner}} to look back at your goals: \
                what has moved, and what you want from the second half.

                {{link}}
                """,
            channels: announced),
        ValidPlanMessage(
            trigger: PlanTrigger(.closingStarts), audience: .everyone,
            subject: "Time to reflect on {{programme}}",
            body: """
                Hello {{first_name}},

                {{programme}} is closing. Please write a short reflection on what you learned with {{partner}}: \
                it helps you, your partner and the next cohort.

                {{link}}
                """,
            channels: announced),
        ValidPlanMessage(
            trigger: PlanTrigger(.ends, offsetDays: -7), audience: .everyone,
            subject: "One week left in {{programme}}",
            body: """
                Hello {{first_name}},

                {{programme}} ends in 7 days. Plan a last conversation with {{partner}}, and note what you \
                will keep doing afterwards.

                {{link}}
                """,
            channels: announced),
    ]
}

/// The English word lists behind the SMART rules. Lists of plain words are expanded to their
/// common inflections ("deliver" also matches "delivers", "delivered", "delivering"), so the
/// lists stay short and readable. Irregular forms ("ran", "led") are listed as words.
enum SmartVocabulary {
    /// Phrases that name a direction but no change anyone could see ("get better at Excel").
    static let vaguePhrases = [
        "get better", "be better", "become better", "do better", "improve", "improving",
        "improved", "learn more", "know more", "understand more", "be more", "become more",
        "feel more", "get more", "grow", "grow my", "develop", "developing", "work on",
        "get good", "gain confidence", "build confidence", "upskill", "level up", "step up",
        "focus on", "be more confident", "brush up",
    ]

    /// Words that do not say what, who or where, ignored when counting what a vague goal adds.
    static let fillerWords: Set<String> = [
        "a", "an", "the", "my", "our", "your", "their", "his", "her", "its", "i", "me", "myself",
        "we", "us", "you", "they", "at", "in", "on", "of", "to", "for", "with", "about", "and",
        "or", "more", "better", "be", "become", "get", "getting", "got", "good", "really",
        "very", "much", "lot", "lots", "bit", "some", "this", "that", "these", "those", "it",
        "is", "am", "are", "will", "want", "would", "like", "need", "should", "can", "could",
        "so", "just", "also", "overall", "general", "generally", "skill", "skills", "area",
        "areas", "things", "stuff", "confident", "confidence", "stronger", "knowledge",
        "improve", "improving", "learn", "learning", "grow", "growing", "develop", "developing",
        "work", "feel", "know", "understand", "upskill", "level", "up", "step", "focus", "brush",
    ]

    /// Nouns and verbs for something delivered or observed: evidence a goal can be checked.
    static let evidence: Set<String> = inflected([
        "deliver", "publish", "present", "presentation", "run", "ship", "complete", "finish",
        "certificate", "certification", "certify", "exam", "pass", "talk", "workshop", "report",
        "demo", "score", "rating", "rate", "launch", "release", "submit", "article", "post",
        "prototype", "portfolio", "promotion", "promote", "approve", "approval", "signoff",
        "survey", "attendee", "participant", "session", "course", "module",
        "chapter", "book", "review", "merge", "deploy", "interview", "hire", "lead", "chair",
        "facilitate", "host", "teach", "write", "record", "notice", "observe", "confirm",
        "kpi", "okr", "metric", "nps", "win",
    ]).union([
        "ran", "led", "wrote", "written", "taught", "won", "passed", "feedback", "certified",
    ])

    /// Purpose phrases: the goal says why it matters ("so that", "for my role").
    static let purposePhrases = [
        "so that", "so i can", "so we can", "so they can", "so my", "so our", "because",
        "in order to", "to help", "help me", "helps me", "to support", "to prepare for",
        "ready for", "for my role", "in my role", "my next role", "for my team", "for the team",
        "for our team", "my career", "for my career", "for the business", "for our customers",
        "which will", "this will", "that will", "matters",
    ]

    /// Where a goal's "why" begins; outcomes are only counted before it.
    static let purposeMarkers = [
        "so that", "so i can", "so we can", "so they can", "because", "in order to", "to help",
    ]

    /// Absolute words that set a very high bar, unrealistic for a short time.
    static let absoluteWords: Set<String> = [
        "master", "masters", "mastered", "mastering", "mastery", "expert", "perfect",
        "perfectly", "perfection", "flawless", "flawlessly", "all", "every", "never", "always",
        "fluent", "fluently", "fluency",
    ]

    /// Words after "every" or "all" that make it a rhythm ("every week"), not an absolute.
    static let timeUnits: Set<String> = [
        "day", "days", "week", "weeks", "month", "months", "morning", "mornings", "evening",
        "evenings", "sprint", "sprints", "quarter", "quarters", "year", "years", "monday",
        "tuesday", "wednesday", "thursday", "friday", "time", "hands", "other", "two", "three",
    ]

    /// Verbs that start an outcome ("learn Python", "get promoted"). Words that are more often
    /// nouns in a list ("report", "design", "test") are left out, so "write a report and
    /// design doc" stays one outcome.
    static let outcomeVerbs: Set<String> = inflected([
        "learn", "improve", "get", "become", "build", "run", "lead", "write", "publish",
        "present", "give", "deliver", "ship", "complete", "pass", "read", "practise", "practice",
        "start", "finish", "launch", "create", "develop", "grow", "speak", "manage", "organise",
        "organize", "prepare", "apply", "earn", "gain", "achieve", "reduce", "increase", "hire",
        "join", "take", "make", "find", "move", "change", "understand", "master", "explore",
        "attend", "host", "teach", "automate", "migrate", "refactor", "delegate", "negotiate",
        "share", "contribute", "volunteer", "obtain", "secure", "land", "establish",
        "introduce", "set", "say", "ask", "spend", "meet", "research", "reach", "cut", "save",
        "raise", "win", "sign", "finalise", "finalize", "streamline",
    ]).union(["be", "ran", "led", "wrote", "gave", "took", "made", "became", "won"])

    /// Number and frequency words that make a measure countable ("three posts", "at least
    /// once in each weekly meeting").
    static let numberWords: Set<String> = [
        "once", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "thousand",
        "dozen", "half", "double", "twice", "percent", "per", "each", "every", "least", "daily",
        "weekly", "fortnightly", "monthly", "quarterly",
    ]

    /// Each word with its common endings: -s, -es, -ed, -d, -ing, dropped-e -ing, and a
    /// doubled last consonant ("shipped", "running").
    static func inflected(_ words: [String]) -> Set<String> {
        var forms = Set<String>()
        for word in words {
            forms.formUnion([word, word + "s", word + "es", word + "ed", word + "d", word + "ing"])
            if word.hasSuffix("e") { forms.insert(String(word.dropLast()) + "ing") }
            if word.hasSuffix("y") { forms.insert(String(word.dropLast()) + "ies") }
            if let last = word.last, !"aeiouwy".contains(last) {
                forms.formUnion([word + String(last) + "ed", word + String(last) + "ing"])
            }
        }
        return forms
    }
}

import Foundation

extension MeetingDraft {
    /// How far past `now` a logged check-in may start, so a clock a little ahead of the server's
    /// does not block logging a meeting that just began.
    public static let loggingLeeway: TimeInterval = 5 * 60

    /// The valid meeting, or every problem at once.
    /// - Parameters:
    ///   - defaultTimeZone: used when `time_zone` is blank, normally the viewer's zone.
    ///   - mustBeInFuture: true to schedule (the start must be after `now`); false to log a
    ///     check-in that took place (the start may be at most `loggingLeeway` after `now`).
    public func validate(
        defaultTimeZone: TimeZone, now: Date, mustBeInFuture: Bool
    ) throws(ValidationFailure) -> ValidMeeting {
        var errors = FieldErrorCollector()
        let meeting = validMeeting(
            &errors, defaultTimeZone: defaultTimeZone, now: now, mustBeInFuture: mustBeInFuture)
        try errors.throwIfAny()
        guard let meeting else { throw ValidationFailure(errors.errors) }
        return meeting
    }

    /// Records problems in `errors` (so `CheckInDraft` can add its own) and returns the meeting
    /// only when every meeting field is valid.
    func validMeeting(
        _ errors: inout FieldErrorCollector, defaultTimeZone: TimeZone, now: Date, mustBeInFuture: Bool
    ) -> ValidMeeting? {
        let problemsBefore = errors.errors.count
        let day = validDate(&errors)
        let clock = validTime(&errors)
        let zone = validTimeZone(&errors, default: defaultTimeZone)
        var startsAt: Date?
        if let day, let clock, let zone {
            startsAt = validStart(&errors, day: day, clock: clock, zone: zone)
        }
        if let startsAt {
            checkTiming(&errors, startsAt: startsAt, now: now, mustBeInFuture: mustBeInFuture)
        }
        let duration = errors.integer(
            durationMinutes, field: "duration_minutes", in: ValidMeeting.durationRange,
            message: "Enter a duration from 5 to 480 minutes.")
        let format = errors.choice(
            format, as: MeetingFormat.self, field: "format", message: "Choose how you will meet.")
        let link = validLink(&errors, format: format, scheduling: mustBeInFuture)
        let agenda = errors.text(
            agenda, field: "agenda", max: ValidMeeting.maxAgendaLength,
            tooLong: "Keep the agenda to \(ValidMeeting.maxAgendaLength) characters or fewer.")
        guard errors.errors.count == problemsBefore, let startsAt, let zone, let duration, let format else { return nil }
        return ValidMeeting(
            startsAt: startsAt, timeZone: zone, durationMinutes: duration, format: format,
            link: link, agenda: agenda)
    }

    private func validDate(_ errors: inout FieldErrorCollector) -> LocalDate? {
        let text = date.trimmed
        guard !text.isEmpty else {
            errors.add("date", .required, "Choose the date.")
            return nil
        }
        guard let day = LocalDate(iso: text) else {
            errors.add("date", .invalid, "Enter the date as YYYY-MM-DD.")
            return nil
        }
        return day
    }

    private func validTime(_ errors: inout FieldErrorCollector) -> WallClockTime? {
        let text = time.trimmed
        guard !text.isEmpty else {
            errors.add("time", .required, "Choose the start time.")
            return nil
        }
        guard let clock = WallClockTime(text) else {
            errors.add("time", .invalid, "Enter the time as HH:MM on a 24-hour clock, such as 14:30.")
            return nil
        }
        return clock
    }

    private func validTimeZone(_ errors: inout FieldErrorCollector, default fallback: TimeZone) -> TimeZone? {
        let identifier = timeZone.trimmed
        guard !identifier.isEmpty else { return fallback }
        guard let zone = TimeZone(identifier: identifier) else {
            errors.add("time_zone", .invalid, "Choose a time zone from the list, such as Europe/London.")
            return nil
        }
        return zone
    }

    private func validStart(
        _ errors: inout FieldErrorCollector, day: LocalDate, clock: WallClockTime, zone: TimeZone
    ) -> Date? {
        guard let start = day.instant(at: clock, in: zone) else {
            errors.add(
                "time", .nonexistent,
                "That time does not exist on this day because the clocks change. Pick another time.")
            return nil
        }
        return start
    }

    private func checkTiming(
        _ errors: inout FieldErrorCollector, startsAt: Date, now: Date, mustBeInFuture: Bool
    ) {
        if mustBeInFuture, startsAt <= now {
            errors.add(
                "date", .notInFuture,
                "Pick a time in the future, or log it as a check-in that took place.")
        } else if !mustBeInFuture, startsAt > now.addingTimeInterval(Self.loggingLeeway) {
            errors.add(
                "date", .notHappenedYet,
                "A check-in you log must have already happened. Pick a past date, or schedule a meeting for a date still to come.")
        }
    }

    /// Blank is fine unless a video call is being scheduled (a check-in that already took place
    /// needs no link to join); any text given must be a web address.
    private func validLink(_ errors: inout FieldErrorCollector, format: MeetingFormat?, scheduling: Bool) -> URL? {
        if meetingLink.trimmed.isEmpty, !(scheduling && format?.needsLink == true) { return nil }
        switch MeetingLink.parse(meetingLink) {
        case .success(let url): return url
        case .failure(let error):
            errors.add(error)
            return nil
        }
    }
}

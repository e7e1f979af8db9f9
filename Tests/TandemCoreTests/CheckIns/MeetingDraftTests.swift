import Foundation
import Testing
@testable import TandemCore

/// 1 June 2026, noon in London: the "now" of these tests.
private let now = instant(2026, 6, 1, 12, 0, in: CheckInZone.london)

/// A valid video meeting on 10 June 2026, changed by the arguments given.
private func meeting(
    date: String = "2026-06-10", time: String = "14:30", timeZone: String = "Europe/London",
    duration: String = "45", format: String = "video", link: String = "https://zoom.us/j/123",
    agenda: String = "Career plan"
) -> MeetingDraft {
    MeetingDraft(
        date: date, time: time, timeZone: timeZone, durationMinutes: duration, format: format,
        meetingLink: link, agenda: agenda)
}

@Suite struct MeetingDraftTests {
    @Test func returnsTheMeetingTrimmed() throws {
        // arrange
        let draft = meeting(link: " https://zoom.us/j/123 ", agenda: "  Career plan \n")
        // act
        let valid = try draft.validate(defaultTimeZone: Zone.utc, now: now, mustBeInFuture: true)
        // assert
        #expect(valid == ValidMeeting(
            startsAt: instant(2026, 6, 10, 14, 30, in: CheckInZone.london), timeZone: CheckInZone.london,
            durationMinutes: 45, format: .video, link: URL(string: "https://zoom.us/j/123"),
            agenda: "Career plan"))
        #expect(valid.endsAt == instant(2026, 6, 10, 15, 15, in: CheckInZone.london))
    }

    @Test(arguments: [
        (MeetingDraft(), ["date", "duration_minutes", "format", "time"]),
        (meeting(date: "2026-02-30"), ["date"]),
        (meeting(date: "10/06/2026"), ["date"]),
        (meeting(time: "25:00"), ["time"]),
        (meeting(time: "2:30pm"), ["time"]),
        (meeting(time: "14:60"), ["time"]),
        (meeting(timeZone: "Mars/Olympus_Mons"), ["time_zone"]),
        (meeting(duration: ""), ["duration_minutes"]),
        (meeting(duration: "4"), ["duration_minutes"]),
        (meeting(duration: "481"), ["duration_minutes"]),
        (meeting(duration: "an hour"), ["duration_minutes"]),
        (meeting(format: "zoom"), ["format"]),
        (meeting(format: "video", link: "  "), ["meeting_link"]),
        (meeting(format: "chat", link: "slack://channel"), ["meeting_link"]),
        (meeting(link: "javascript:alert(1)"), ["meeting_link"]),
        (meeting(agenda: String(repeating: "a", count: 2001)), ["agenda"]),
        (meeting(date: "2026-05-31"), ["date"]),
        (meeting(date: "tomorrow", duration: "0", link: "zoom", agenda: String(repeating: "a", count: 2001)),
         ["agenda", "date", "duration_minutes", "meeting_link"]),
        (meeting(time: "x", timeZone: "Nowhere", format: ""), ["format", "time", "time_zone"]),
    ])
    func reportsEveryBadField(draft: MeetingDraft, fields: [String]) {
        #expect(failedFields {
            _ = try draft.validate(defaultTimeZone: Zone.utc, now: now, mustBeInFuture: true)
        } == fields)
    }

    @Test(arguments: [
        meeting(format: "in_person", link: ""),
        meeting(format: "call", link: ""),
        meeting(format: "chat", link: "https://acme.slack.com/archives/C1"),
        meeting(time: "9:05"),
        meeting(time: "09:05:00"),
        meeting(duration: "5", agenda: String(repeating: "a", count: 2000)),
        meeting(duration: " 480 "),
        meeting(timeZone: ""),
    ])
    func acceptsValidVariants(draft: MeetingDraft) {
        #expect(failedFields {
            _ = try draft.validate(defaultTimeZone: Zone.utc, now: now, mustBeInFuture: true)
        } == [])
    }

    @Test func blankTimeZoneUsesTheDefault() throws {
        // act
        let valid = try meeting(timeZone: " ").validate(
            defaultTimeZone: CheckInZone.newYork, now: now, mustBeInFuture: true)
        // assert
        #expect(valid.timeZone == CheckInZone.newYork)
        #expect(valid.startsAt == instant(2026, 6, 10, 14, 30, in: CheckInZone.newYork))
    }

    @Test func explainsWhatIsMissing() {
        let failure = checkInFailure {
            _ = try MeetingDraft(format: "video").validate(defaultTimeZone: Zone.utc, now: now, mustBeInFuture: true)
        }
        #expect(failure?.message(for: "date") == "Choose the date.")
        #expect(failure?.message(for: "time") == "Choose the start time.")
        #expect(failure?.message(for: "duration_minutes") == "Enter a duration from 5 to 480 minutes.")
        #expect(failure?.message(for: "meeting_link") == "Add the meeting link (Zoom, Teams or any web address).")
    }
}

@Suite struct MeetingDaylightSavingTests {
    static let gapMessage = "That time does not exist on this day because the clocks change. Pick another time."
    static let longAgo = instant(2026, 1, 1, 0, 0, in: Zone.utc)

    /// Wall times the clocks skip when they spring forward.
    @Test(arguments: [
        // London jumps from 01:00 to 02:00 GMT→BST on 29 March 2026.
        ("2026-03-29", "01:30", "Europe/London"),
        ("2026-03-29", "01:00", "Europe/London"),
        // New York jumps from 02:00 to 03:00 on 8 March 2026.
        ("2026-03-08", "02:30", "America/New_York"),
        // Berlin jumps from 02:00 to 03:00 on 29 March 2026.
        ("2026-03-29", "02:30", "Europe/Berlin"),
        // Sydney jumps from 02:00 to 03:00 on 4 October 2026.
        ("2026-10-04", "02:15", "Australia/Sydney"),
    ])
    func rejectsATimeTheClocksSkip(date: String, time: String, zone: String) {
        // act
        let failure = checkInFailure {
            _ = try meeting(date: date, time: time, timeZone: zone)
                .validate(defaultTimeZone: Zone.utc, now: Self.longAgo, mustBeInFuture: true)
        }
        // assert
        #expect(failure?.fields.map(\.field) == ["time"])
        #expect(failure?.fields.first?.code == "nonexistent")
        #expect(failure?.message(for: "time") == Self.gapMessage)
    }

    /// Either side of each gap still exists, at the offset that applies.
    @Test(arguments: [
        ("2026-03-29", "00:59", "Europe/London", "2026-03-29T00:59:00Z"),
        ("2026-03-29", "02:00", "Europe/London", "2026-03-29T01:00:00Z"),
        ("2026-03-29", "02:30", "Europe/London", "2026-03-29T01:30:00Z"),
        ("2026-03-08", "01:59", "America/New_York", "2026-03-08T06:59:00Z"),
        ("2026-03-08", "03:00", "America/New_York", "2026-03-08T07:00:00Z"),
        // Fall-back hours happen twice; the meeting takes the first, still on summer time.
        ("2026-10-25", "01:30", "Europe/London", "2026-10-25T00:30:00Z"),
        ("2026-11-01", "01:30", "America/New_York", "2026-11-01T05:30:00Z"),
    ])
    func acceptsTimesAroundTheChange(date: String, time: String, zone: String, utc: String) throws {
        // act
        let valid = try meeting(date: date, time: time, timeZone: zone)
            .validate(defaultTimeZone: Zone.utc, now: Self.longAgo, mustBeInFuture: true)
        // assert
        #expect(valid.startsAt == ISO8601DateFormatter().date(from: utc))
    }
}

@Suite struct MeetingTimingTests {
    @Test(arguments: [
        // Scheduling: strictly after now.
        (true, "12:00", ["date"]),
        (true, "11:00", ["date"]),
        (true, "12:01", []),
        // Logging: already happened, allowing five minutes of clock difference.
        (false, "11:00", []),
        (false, "12:05", []),
        (false, "12:06", ["date"]),
    ])
    func checksWhenTheMeetingIs(mustBeInFuture: Bool, time: String, fields: [String]) {
        let draft = meeting(date: "2026-06-01", time: time)
        #expect(failedFields {
            _ = try draft.validate(defaultTimeZone: Zone.utc, now: now, mustBeInFuture: mustBeInFuture)
        } == fields)
    }

    @Test func explainsWhichWayToGo() {
        let past = checkInFailure {
            _ = try meeting(date: "2026-05-01").validate(defaultTimeZone: Zone.utc, now: now, mustBeInFuture: true)
        }
        let future = checkInFailure {
            _ = try meeting(date: "2026-07-01").validate(defaultTimeZone: Zone.utc, now: now, mustBeInFuture: false)
        }
        #expect(past?.message(for: "date") == "Pick a time in the future, or log it as a check-in that took place.")
        #expect(future?.message(for: "date") == "A check-in you log must have already happened. Pick a past date, or schedule a meeting for a date still to come.")
    }

    @Test func decodesFormFieldsLeniently() throws {
        // arrange
        let json = #"{"date":"2026-06-10","time":"14:30","duration_minutes":30,"format":"call","meeting_link":null}"#
        // act
        let draft = try JSONDecoder().decode(MeetingDraft.self, from: Data(json.utf8))
        // assert
        #expect(draft == MeetingDraft(date: "2026-06-10", time: "14:30", durationMinutes: "30", format: "call"))
        let valid = try draft.validate(defaultTimeZone: CheckInZone.london, now: now, mustBeInFuture: true)
        #expect(valid.link == nil)
        #expect(valid.format == .call)
    }
}

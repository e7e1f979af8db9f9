import Foundation
import Testing
@testable import TandemCore

@Suite struct ICalendarWriterTests {
    @Test func emptyCalendarIsStillAValidDocument() {
        // act
        let text = ICalendarWriter().document(events: [])
        // assert
        #expect(text == [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Tandem//Tandem mentoring//EN",
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "END:VCALENDAR",
        ].map { $0 + "\r\n" }.joined())
    }

    @Test func calendarNameIsWrittenOnlyWhenGiven() {
        #expect(ICSSample.write([], calendarName: "Sam's mentoring, 2026").lines
            .contains(#"X-WR-CALNAME:Sam's mentoring\, 2026"#))
        #expect(ICSSample.write([]).lines.icsProperty("X-WR-CALNAME").isEmpty)
    }

    @Test func everyLineEndsInCRLFIncludingTheLast() {
        // arrange
        let event = ICSSample.event(
            description: "Agenda:\nGoals\r\nBlockers\rNext steps",
            location: String(repeating: "Büro 🏢 ", count: 20))
        // act
        let text = ICSSample.write([event]).text
        // assert
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        let bytes = Array(text.utf8)
        for (offset, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "\n") { #expect(offset > 0 && bytes[offset - 1] == UInt8(ascii: "\r")) }
            if byte == UInt8(ascii: "\r") { #expect(offset + 1 < bytes.count && bytes[offset + 1] == UInt8(ascii: "\n")) }
        }
    }

    @Test func writtenDocumentFoldsByOctetsAndUnfoldsToTheOriginalText() throws {
        // arrange
        let description = String(repeating: "Grüße aus München, 10 € pro Tasse ☕️; 👩‍👩‍👧 ", count: 8)
        // act
        let document = ICSSample.write([ICSSample.event(description: description)])
        // assert
        let bytes = Array(document.text.utf8)
        let physical = bytes.split(separator: UInt8(ascii: "\n")).map { $0.dropLast() }  // drop "\r"
        #expect(physical.allSatisfy { $0.count <= 75 })
        // Each physical line is valid UTF-8 on its own, so no character was split.
        #expect(physical.allSatisfy { String(bytes: $0, encoding: .utf8) != nil })
        #expect(document.physicalLines.count > document.lines.count)
        let written = try #require(document.lines.icsProperty("DESCRIPTION").first)
        #expect(written == "DESCRIPTION:" + ICalendarText.escaped(description))
    }

    @Test func textPropertiesAreEscaped() {
        // arrange
        let event = ICSSample.event(
            summary: #"Sam, Alex; \ plan"#, description: "Line 1\nLine 2, with; all\\",
            location: "Room 4, Floor 2; Block B")
        // act
        let lines = ICSSample.write([event]).lines
        // assert
        #expect(lines.contains(#"SUMMARY:Sam\, Alex\; \\ plan"#))
        #expect(lines.contains(#"DESCRIPTION:Line 1\nLine 2\, with\; all\\"#))
        #expect(lines.contains(#"LOCATION:Room 4\, Floor 2\; Block B"#))
    }

    @Test func eventPropertiesAreWrittenInAFixedOrder() {
        // arrange
        let event = ICSSample.event(
            sequence: 3, description: "Bring notes", location: "Video call",
            url: "https://meet.example.test/abc?x=1,2", status: .tentative,
            categories: ["Check-in", "Sam, Alex", ""])
        // act
        let vevent = ICSSample.write([event]).components("VEVENT")
        // assert
        #expect(vevent == [[
            "BEGIN:VEVENT",
            "UID:meeting-0F6A4C2E-6E1B-4C8A-9D0B-3C1F2A7E9B10@tandem",
            "SEQUENCE:3",
            "DTSTAMP:20261120T081530Z",
            "DTSTART;VALUE=DATE:20270331",
            "DTEND;VALUE=DATE:20270401",
            "SUMMARY:Check-in",
            "DESCRIPTION:Bring notes",
            "LOCATION:Video call",
            "URL:https://meet.example.test/abc?x=1,2",
            "STATUS:TENTATIVE",
            #"CATEGORIES:Check-in,Sam\, Alex"#,
            "END:VEVENT",
        ]])
    }

    @Test func emptyOptionalPropertiesAreLeftOut() {
        let lines = ICSSample.write([ICSSample.event()]).lines
        for name in ["DESCRIPTION", "LOCATION", "URL", "CATEGORIES"] {
            #expect(lines.icsProperty(name).isEmpty, "\(name) should be absent")
        }
    }

    @Test func urlLosesLineBreaksSoItCannotInjectProperties() {
        let lines = ICSSample.write([ICSSample.event(url: "https://x.test/\r\nSTATUS:CANCELLED")]).lines
        #expect(lines.icsProperty("URL") == ["URL:https://x.test/STATUS:CANCELLED"])
        #expect(lines.icsProperty("STATUS") == ["STATUS:CONFIRMED"])
    }

    @Test(arguments: [
        (CalendarEvent.Status.confirmed, "STATUS:CONFIRMED"),
        (.tentative, "STATUS:TENTATIVE"),
        (.cancelled, "STATUS:CANCELLED"),
    ])
    func writesStatus(status: CalendarEvent.Status, expected: String) {
        #expect(ICSSample.write([ICSSample.event(status: status)]).lines.icsProperty("STATUS") == [expected])
    }

    @Test func movedMeetingKeepsItsUIDAndShowsItsSequence() {
        // arrange
        let uid = "meeting-7d3c@tandem"
        let first = ICSSample.event(uid: uid, sequence: 0, timing: .allDay(day("2027-03-30")))
        let moved = ICSSample.event(uid: uid, sequence: 1, timing: .allDay(day("2027-03-31")))
        // act
        let before = ICSSample.write([first]).lines, after = ICSSample.write([moved]).lines
        // assert
        #expect(before.icsProperty("UID") == ["UID:meeting-7d3c@tandem"])
        #expect(after.icsProperty("UID") == before.icsProperty("UID"))
        #expect(before.icsProperty("SEQUENCE") == ["SEQUENCE:0"])
        #expect(after.icsProperty("SEQUENCE") == ["SEQUENCE:1"])
    }

    @Test(arguments: [
        ("2027-03-31", "20270331", "20270401"),
        ("2027-12-31", "20271231", "20280101"),
        ("2028-02-28", "20280228", "20280229"),
        ("2027-02-28", "20270228", "20270301"),
        ("2026-06-30", "20260630", "20260701"),
    ])
    func allDayEventEndsAtTheStartOfTheNextDay(date: String, start: String, end: String) {
        // act
        let document = ICSSample.write([ICSSample.event(timing: .allDay(day(date)))])
        // assert
        #expect(document.lines.icsProperty("DTSTART") == ["DTSTART;VALUE=DATE:\(start)"])
        #expect(document.lines.icsProperty("DTEND") == ["DTEND;VALUE=DATE:\(end)"])
        #expect(document.components("VTIMEZONE").isEmpty)
    }

    @Test func eventsKeepTheirGivenOrder() {
        let events = ["c", "a", "b"].map { ICSSample.event(uid: "\($0)@tandem") }
        #expect(ICSSample.write(events).lines.icsProperty("UID") == ["UID:c@tandem", "UID:a@tandem", "UID:b@tandem"])
    }

    @Test func sameEventsGiveTheSameBytes() {
        let events = [
            ICSSample.event(timing: ICSSample.timed(instant(2026, 12, 1, 10, in: ICSSample.newYork), minutes: 30, in: ICSSample.newYork)),
            ICSSample.event(timing: ICSSample.timed(instant(2026, 12, 1, 10, in: ICSSample.london), minutes: 30, in: ICSSample.london)),
        ]
        #expect(ICalendarWriter().document(events: events) == ICalendarWriter().document(events: events))
    }

    @Test(arguments: [
        ("Check-in 2026-12-01", "check-in-2026-12-01.ics"),
        ("Café & Co.: kick-off!", "cafe-co-kick-off.ics"),
        ("../../etc/passwd", "etc-passwd.ics"),
        ("日本の会議", "event.ics"),
        ("", "event.ics"),
        ("Meeting", "meeting.ics"),
    ])
    func fileNameIsSafeAscii(summary: String, expected: String) {
        #expect(ICalendarWriter.fileName(for: summary) == expected)
    }

    @Test func longFileNameIsCutToSixtyCharactersWithoutATrailingHyphen() {
        // arrange: the 60th character falls on a space between words
        let summary = String(repeating: "a", count: 59) + " bcdef"
        // act
        let name = ICalendarWriter.fileName(for: summary)
        // assert
        #expect(name == String(repeating: "a", count: 59) + ".ics")
        #expect(ICalendarWriter.fileName(for: String(repeating: "word ", count: 40)).count <= 60 + 4)
    }
}

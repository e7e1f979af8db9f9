import Foundation
import Testing
@testable import TandemCore

@Suite struct ICalendarTimeZoneTests {
    @Test func londonEventAcrossTheOctoberChangeUsesLocalTimesAndBothOffsets() throws {
        // arrange: 23:00 BST on Saturday for four hours of elapsed time; clocks go back at 02:00
        let start = instant(2026, 10, 24, 23, in: ICSSample.london)
        let event = ICSSample.event(timing: ICSSample.timed(start, minutes: 240, in: ICSSample.london))
        // act
        let document = ICSSample.write([event])
        // assert
        #expect(document.eventLines.icsProperty("DTSTART") == ["DTSTART;TZID=Europe/London:20261024T230000"])
        #expect(document.eventLines.icsProperty("DTEND") == ["DTEND;TZID=Europe/London:20261025T020000"])
        let zone = try #require(document.components("VTIMEZONE").first)
        #expect(zone.icsProperty("TZID") == ["TZID:Europe/London"])
        #expect(zone.icsContainsRun(
            ["BEGIN:STANDARD", "DTSTART:20261025T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000"]))
        #expect(zone.icsContainsRun(
            ["BEGIN:DAYLIGHT", "DTSTART:20260329T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100"]))
    }

    @Test func newYorkEventHasLocalTimesAndEasternOffsets() throws {
        // arrange
        let start = instant(2026, 12, 1, 10, in: ICSSample.newYork)
        // act
        let document = ICSSample.write([ICSSample.event(timing: ICSSample.timed(start, minutes: 45, in: ICSSample.newYork))])
        // assert
        #expect(document.eventLines.icsProperty("DTSTART") == ["DTSTART;TZID=America/New_York:20261201T100000"])
        #expect(document.eventLines.icsProperty("DTEND") == ["DTEND;TZID=America/New_York:20261201T104500"])
        let zone = try #require(document.components("VTIMEZONE").first)
        #expect(zone.icsContainsRun(
            ["BEGIN:STANDARD", "DTSTART:20261101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500"]))
        #expect(zone.icsContainsRun(
            ["BEGIN:DAYLIGHT", "DTSTART:20260308T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400"]))
    }

    @Test(arguments: ["UTC", "GMT", "Etc/UTC"])
    func utcIsWrittenWithZAndNeedsNoTimeZone(identifier: String) throws {
        // arrange
        let utc = try #require(TimeZone(identifier: identifier))
        let start = instant(2026, 12, 1, 9, in: Zone.utc)
        // act
        let document = ICSSample.write([ICSSample.event(timing: ICSSample.timed(start, minutes: 90, in: utc))])
        // assert
        #expect(document.eventLines.icsProperty("DTSTART") == ["DTSTART:20261201T090000Z"])
        #expect(document.eventLines.icsProperty("DTEND") == ["DTEND:20261201T103000Z"])
        #expect(document.components("VTIMEZONE").isEmpty)
        #expect(!document.text.contains("TZID"))
    }

    @Test func londonInWinterKeepsItsZoneEvenAtOffsetZero() {
        let start = instant(2027, 1, 12, 9, in: ICSSample.london)
        let document = ICSSample.write([ICSSample.event(timing: ICSSample.timed(start, minutes: 30, in: ICSSample.london))])
        #expect(document.eventLines.icsProperty("DTSTART") == ["DTSTART;TZID=Europe/London:20270112T090000"])
    }

    @Test func zoneWithoutTransitionsHasOneStandardObservanceFrom1970() throws {
        // arrange
        let kolkata = try #require(TimeZone(identifier: "Asia/Kolkata"))
        let start = instant(2026, 12, 1, 18, 30, in: kolkata)
        // act
        let document = ICSSample.write([ICSSample.event(timing: ICSSample.timed(start, minutes: 60, in: kolkata))])
        // assert
        #expect(document.eventLines.icsProperty("DTSTART") == ["DTSTART;TZID=Asia/Kolkata:20261201T183000"])
        let zone = try #require(document.components("VTIMEZONE").first)
        #expect(zone.filter { $0 != "TZNAME:" && !$0.hasPrefix("TZNAME:") } == [
            "BEGIN:VTIMEZONE", "TZID:Asia/Kolkata",
            "BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:+0530", "TZOFFSETTO:+0530",
            "END:STANDARD", "END:VTIMEZONE",
        ])
    }

    @Test func oneTimeZonePerZoneSortedByIdentifierBeforeTheEvents() {
        // arrange
        let events = [
            ICSSample.event(uid: "ny@tandem", timing: ICSSample.timed(instant(2026, 12, 1, 10, in: ICSSample.newYork), minutes: 30, in: ICSSample.newYork)),
            ICSSample.event(uid: "ldn1@tandem", timing: ICSSample.timed(instant(2026, 12, 2, 10, in: ICSSample.london), minutes: 30, in: ICSSample.london)),
            ICSSample.event(uid: "ldn2@tandem", timing: ICSSample.timed(instant(2027, 5, 2, 10, in: ICSSample.london), minutes: 30, in: ICSSample.london)),
        ]
        // act
        let document = ICSSample.write(events)
        // assert
        #expect(document.lines.icsProperty("TZID") == ["TZID:America/New_York", "TZID:Europe/London"].sorted())
        let lastZone = document.lines.lastIndex(of: "END:VTIMEZONE") ?? 0
        let firstEvent = document.lines.firstIndex(of: "BEGIN:VEVENT") ?? 0
        #expect(lastZone < firstEvent)
    }

    @Test func secondOccurrenceOfARepeatedWallTimeIsWrittenInUTC() {
        // arrange: in London 01:30 happens twice on 2026-10-25; this is the later, GMT one
        let start = instant(2026, 10, 25, 1, 30, in: Zone.utc)
        // act
        let document = ICSSample.write([ICSSample.event(timing: ICSSample.timed(start, minutes: 60, in: ICSSample.london))])
        // assert: RFC 5545 would read "TZID=Europe/London:20261025T013000" as the first (BST) one
        #expect(document.eventLines.icsProperty("DTSTART") == ["DTSTART:20261025T013000Z"])
        #expect(document.eventLines.icsProperty("DTEND") == ["DTEND;TZID=Europe/London:20261025T023000"])
    }

    @Test func firstOccurrenceOfARepeatedWallTimeKeepsItsZone() {
        let start = instant(2026, 10, 25, 0, 30, in: Zone.utc)  // 01:30 BST
        let document = ICSSample.write([ICSSample.event(timing: ICSSample.timed(start, minutes: 15, in: ICSSample.london))])
        #expect(document.eventLines.icsProperty("DTSTART") == ["DTSTART;TZID=Europe/London:20261025T013000"])
    }

    @Test func eventWithoutDurationHasNoEnd() {
        let start = instant(2026, 12, 1, 10, in: ICSSample.london)
        let document = ICSSample.write([ICSSample.event(timing: ICSSample.timed(start, minutes: 0, in: ICSSample.london))])
        #expect(document.eventLines.icsProperty("DTSTART").count == 1)
        #expect(document.eventLines.icsProperty("DTEND").isEmpty)
    }

    /// Reads the observances back as a calendar app would (the latest onset at or before an
    /// instant applies) and checks they give Foundation's offset at every hour of the events' span.
    @Test(arguments: [
        "Europe/London", "America/New_York", "Australia/Lord_Howe", "Africa/Casablanca",
        "America/Sao_Paulo", "Asia/Kolkata", "Pacific/Auckland", "America/Santiago",
    ])
    func observancesGiveTheRightOffsetAcrossTheEvents(identifier: String) throws {
        // arrange
        let zone = try #require(TimeZone(identifier: identifier))
        let first = instant(2026, 1, 5, 9, in: zone), last = instant(2027, 8, 20, 17, in: zone)
        let events = [first, last].map { ICSSample.event(timing: ICSSample.timed($0, minutes: 60, in: zone)) }
        // act
        let vtimezone = try #require(ICSSample.write(events).components("VTIMEZONE").first)
        let observances = try Self.observances(vtimezone)
        // assert
        #expect(observances.count > 0)
        var moment = first
        while moment <= last {
            let applying = observances.last { $0.onset <= moment }
            #expect(applying?.offset == zone.secondsFromGMT(for: moment), "\(identifier) at \(moment)")
            moment.addTimeInterval(3_600)
        }
    }

    private static func observances(_ lines: [String]) throws -> [(onset: Date, offset: Int)] {
        var result: [(onset: Date, offset: Int)] = []
        var onset = "", from = 0
        for line in lines {
            if line.hasPrefix("DTSTART:") { onset = String(line.dropFirst("DTSTART:".count)) }
            if line.hasPrefix("TZOFFSETFROM:") { from = try offset(line.dropFirst("TZOFFSETFROM:".count)) }
            if line.hasPrefix("TZOFFSETTO:") {
                let to = try offset(line.dropFirst("TZOFFSETTO:".count))
                let local = try #require(Self.localFormat.date(from: onset))
                result.append((local.addingTimeInterval(-Double(from)), to))
            }
        }
        return result.sorted { $0.onset < $1.onset }
    }

    private static func offset(_ text: Substring) throws -> Int {
        let sign = text.hasPrefix("-") ? -1 : 1
        let digits = Array(text.dropFirst()).map { Int(String($0)) ?? 0 }
        try #require(digits.count == 4 || digits.count == 6)
        let seconds = digits.count == 6 ? digits[4] * 10 + digits[5] : 0
        return sign * ((digits[0] * 10 + digits[1]) * 3600 + (digits[2] * 10 + digits[3]) * 60 + seconds)
    }

    private static var localFormat: DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = Zone.utc
        formatter.dateFormat = "yyyyMMdd'T'HHmmss"
        return formatter
    }
}

extension Array where Element == String {
    /// True when `lines` appear here one after another.
    func icsContainsRun(_ lines: [String]) -> Bool {
        guard lines.count <= count else { return false }
        return (0...(count - lines.count)).contains { Array(self[$0..<($0 + lines.count)]) == lines }
    }
}

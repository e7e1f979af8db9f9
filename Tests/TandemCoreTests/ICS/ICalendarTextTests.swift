import Foundation
import Testing
@testable import TandemCore

@Suite struct ICalendarTextTests {
    @Test(arguments: [
        ("Coffee, cake; chat", #"Coffee\, cake\; chat"#),
        (#"C:\Users\sam"#, #"C:\\Users\\sam"#),
        ("one\ntwo", #"one\ntwo"#),
        ("one\r\ntwo", #"one\ntwo"#),
        ("one\rtwo", #"one\ntwo"#),
        ("one\n\ntwo", #"one\n\ntwo"#),
        (#"\n is not a newline"#, #"\\n is not a newline"#),
        ("tab\tkept, bell\u{07} dropped", "tab\tkept\\, bell dropped"),
        ("Grüße: 10€ 😀", "Grüße: 10€ 😀"),
    ])
    func escapesTextValues(raw: String, expected: String) {
        #expect(ICalendarText.escaped(raw) == expected)
    }

    @Test func uriValuesLoseLineBreaksButNotPunctuation() {
        #expect(ICalendarText.uri("https://x.test/a,b;c\\d\r\nBEGIN:VEVENT") == "https://x.test/a,b;c\\dBEGIN:VEVENT")
    }

    @Test(arguments: [
        "DESCRIPTION:" + String(repeating: "ü", count: 100),
        "DESCRIPTION:" + String(repeating: "€", count: 90),
        "SUMMARY:" + String(repeating: "😀", count: 60),
        "SUMMARY:" + String(repeating: "a", count: 73) + "€€€" + String(repeating: "👩‍👩‍👧", count: 20),
        "LOCATION:" + String(repeating: "xü€😀", count: 50),
    ])
    func foldsAtSeventyFiveOctetsWithoutSplittingCharacters(line: String) {
        // act
        let folded = ICalendarText.folded(line)
        // assert
        #expect(folded.count > 1)
        #expect(folded.allSatisfy { $0.utf8.count <= 75 })
        #expect(folded.dropFirst().allSatisfy { $0.hasPrefix(" ") && !$0.hasPrefix("  ") })
        #expect(folded.first! + folded.dropFirst().map { $0.dropFirst() }.joined() == line)
        // A line breaks only when the next character would not fit.
        for (line, next) in zip(folded, folded.dropFirst()) {
            #expect(line.utf8.count + (next.dropFirst().first?.utf8.count ?? 0) > 75)
        }
    }

    @Test func lineOfExactlySeventyFiveOctetsIsNotFolded() {
        let line = String(repeating: "a", count: 75)
        #expect(ICalendarText.folded(line) == [line])
        #expect(ICalendarText.folded(line + "b") == [line, " b"])
    }

    @Test func emojiSequenceIsNotSplitAcrossLines() {
        // 70 octets leave five, too few for the family emoji (18 octets in five scalars).
        let line = String(repeating: "a", count: 70) + "👩‍👩‍👧"
        #expect(ICalendarText.folded(line) == [String(repeating: "a", count: 70), " 👩‍👩‍👧"])
    }

    @Test func characterLongerThanALineIsSplitBetweenScalars() {
        // 30 combining accents on one letter: 61 octets, one Character, so it fits a line…
        let accented = "e" + String(repeating: "\u{0301}", count: 30)
        #expect(ICalendarText.folded(String(repeating: "a", count: 20) + accented).count == 2)
        // …but 50 (101 octets) fit none, so it is split between scalars and still restored.
        let long = "e" + String(repeating: "\u{0301}", count: 50)
        let folded = ICalendarText.folded(long)
        #expect(folded.allSatisfy { $0.utf8.count <= 75 })
        #expect(folded.map(\.unicodeScalars).map { Array($0) }.enumerated()
            .flatMap { $0.offset == 0 ? $0.element : Array($0.element.dropFirst()) } == Array(long.unicodeScalars))
    }

    @Test func multibyteCharacterThatWouldCrossTheLimitMovesToTheNextLine() {
        // 74 ASCII octets leave one octet, too few for the three octets of "€".
        let line = String(repeating: "a", count: 74) + "€z"
        #expect(ICalendarText.folded(line) == [String(repeating: "a", count: 74), " €z"])
    }
}

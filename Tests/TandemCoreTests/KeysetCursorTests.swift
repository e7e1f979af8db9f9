import Foundation
import Testing
@testable import TandemCore

@Suite struct KeysetCursorTests {
    @Test(arguments: ["Ada Lovelace", "", "ünïcødé 名前 ✓", "a;b", "2025-01-01T00:00:00Z"])
    func roundTrips(sortKey: String) {
        // arrange
        let cursor = KeysetCursor(sortKey: sortKey, id: UUID())
        // act
        let encoded = cursor.encoded
        // assert
        #expect(KeysetCursor(encoded: encoded) == cursor)
        #expect(!encoded.contains { "+/= ".contains($0) })
    }

    @Test(arguments: [
        "", "!!!", "====", "a", "ab", "abc", "%00", "bm8tc2VwYXJhdG9y", // "no-separator"
        Data("name\u{1F}not-a-uuid".utf8).base64EncodedString(),
        String(repeating: "A", count: 10_000), "\u{0}\u{1F}",
    ])
    func garbageIsNil(encoded: String) {
        #expect(KeysetCursor(encoded: encoded) == nil)
    }

    @Test func acceptsPaddedStandardBase64Too() {
        let id = UUID()
        let standard = Data("x\u{1F}\(id.uuidString)".utf8).base64EncodedString()
        #expect(KeysetCursor(encoded: standard) == KeysetCursor(sortKey: "x", id: id))
    }

    @Test(arguments: ["a\u{0}b", "tab\there", "line\nbreak", "a\u{1F}b"])
    func refusesSortKeysWithControlCharacters(sortKey: String) {
        // arrange
        let forged = KeysetCursor(sortKey: sortKey, id: UUID()).encoded
        // act, assert
        #expect(KeysetCursor(encoded: forged) == nil)
    }

    @Test func timeCursorsRoundTripWholeMilliseconds() throws {
        // arrange
        let instant = Date(timeIntervalSince1970: 1_764_000_000.1234)
        // act
        let cursor = try #require(KeysetCursor(encoded: KeysetCursor(instant: instant, id: UUID()).encoded))
        // assert
        #expect(cursor.sortKey == "1764000000123")
        #expect(cursor.instant == Date(timeIntervalSince1970: 1_764_000_000.123))
    }

    @Test(arguments: ["nan", "inf", "-inf", "1e308", "-1e308", "9223372036854775808", "", "12.5", "0x10",
                      "99999999999999", "-9999999999999", String(repeating: "9", count: 5_000)])
    func forgedTimeKeysHaveNoInstant(sortKey: String) {
        #expect(KeysetCursor(sortKey: sortKey, id: UUID()).instant == nil)
    }

    @Test func instantsAtTheEdgesOfTheAcceptedYears() {
        #expect(KeysetCursor(sortKey: "-2208988800000", id: UUID()).instant != nil)
        #expect(KeysetCursor(sortKey: "-2208988800001", id: UUID()).instant == nil)
        #expect(KeysetCursor(sortKey: "7289654400000", id: UUID()).instant != nil)
        #expect(KeysetCursor(sortKey: "7289654400001", id: UUID()).instant == nil)
    }
}

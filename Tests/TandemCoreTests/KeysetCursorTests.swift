import Foundation
import Testing
@testable import TandemCore

@Suite struct KeysetCursorTests {
    @Test(arguments: ["Ada Lovelace", "", "ünïcødé 名前 ✓", "a\u{1F}b", "2025-01-01T00:00:00Z"])
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
}

/// Time cursors never yield a date a database cannot hold.
@Suite struct KeysetCursorInstantTests {
    @Test(arguments: ["nan", "NaN", "inf", "-inf", "infinity", "1e308", "-1e308", "", "abc", "0x1p1023",
                      "-2208988801", "7258118401", String(repeating: "9", count: 100)])
    func insaneTimesAreNil(sortKey: String) {
        #expect(KeysetCursor(sortKey: sortKey, id: UUID()).instant == nil)
    }

    @Test func aRealTimeRoundTrips() throws {
        // arrange
        let time = Date(timeIntervalSince1970: 1_780_000_000.123)
        let cursor = KeysetCursor(instant: time, id: UUID())
        // act
        let decoded = try #require(KeysetCursor(encoded: cursor.encoded)?.instant)
        // assert
        #expect(abs(decoded.timeIntervalSince(time)) < 0.000_001)
    }
}

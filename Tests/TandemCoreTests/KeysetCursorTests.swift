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

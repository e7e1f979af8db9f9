import Foundation

/// Values a careless parser turns into a trap, an overflow or a database error.
enum HostileValues {
    static let numbers = [
        "nan", "inf", "-inf", "1e308", "-1e308", "-1", "9223372036854775808", "-9223372036854775809", "1.5", "0x10",
    ]
    static let text = ["", " ", "\u{0}", String(repeating: "9", count: 5_000), String(repeating: "é", count: 5_000)]
    /// Long text that neither compresses (PostgreSQL compresses repeated text below its index-key
    /// limit) nor counts as long in Characters: a few letters carrying thousands of combining marks.
    static let longText = [incompressible(5_000), "a" + String(repeating: "\u{301}\u{308}", count: 2_500) + "@x.io", "\u{0}"]

    /// Letters from a fixed pseudo-random sequence, the same on every run.
    static func incompressible(_ count: Int) -> String {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        return String((0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return letters[Int(state >> 58) % letters.count]
        })
    }
    static let dates = ["0001-01-01", "2201-01-01", "275760-09-13", "2025-02-30"]

    /// Cursors that decode but point nowhere sane: each is a sort key with a well-formed id.
    static var forgedCursors: [String] {
        let id = UUID().uuidString
        return ["nan", "inf", "-inf", "1e308", "-1", "9223372036854775808", "", "\u{0}"].map { key in
            Data("\(key)\u{1F}\(id)".utf8).base64EncodedString()
                .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
                .replacingOccurrences(of: "=", with: "")
        }
    }

    /// For a parameter or a field that holds a number, a date or text.
    static var scalars: [String] { numbers + text + longText + dates }
    /// Everything, for a parameter that holds a cursor.
    static var all: [String] { scalars + forgedCursors }

    /// For path parameters: a sample is enough, since a route must first find the row.
    static let pathSample = ["nan", "1e308", "-1", "9223372036854775808", "%00", String(repeating: "9", count: 5_000)]

    static func escape(_ value: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }
}

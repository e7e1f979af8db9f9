import Foundation

/// Values a careless parser turns into a trap, an overflow or a database error.
enum HostileValues {
    static let numbers = [
        "nan", "inf", "-inf", "1e308", "-1e308", "-1", "9223372036854775808", "-9223372036854775809", "1.5", "0x10",
    ]
    static let text = ["", " ", "\u{0}", String(repeating: "9", count: 5_000), String(repeating: "é", count: 5_000)]
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
    static var scalars: [String] { numbers + text + dates }
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

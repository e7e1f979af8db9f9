import Foundation

/// A position in a list sorted by (`sortKey`, `id`), for "next page" links that stay correct
/// while rows are added. Opaque to clients: base64url of "sortKey␟uuid".
public struct KeysetCursor: Sendable, Hashable, Codable {
    /// ASCII unit separator; cannot appear in a UUID and is unlikely in a sort key.
    static let separator: Character = "\u{1F}"
    /// Longer than any name we sort by; a longer cursor is forged.
    static let maximumEncodedLength = 1024

    public let sortKey: String
    public let id: UUID

    public init(sortKey: String, id: UUID) {
        self.sortKey = sortKey
        self.id = id
    }

    /// A cursor on a time column: the sort key is the nearest whole millisecond since 1970.
    /// Nearest, not down: a time stored as whole milliseconds comes back as a Double whose
    /// thousandfold can fall just short (…122.9999), and the query's half-millisecond window
    /// must still contain it.
    public init(instant: Date, id: UUID) {
        self.init(sortKey: String(Int64((instant.timeIntervalSince1970 * 1000).rounded())), id: id)
    }

    /// The time a time cursor points at, or nil when its key is not a whole number of
    /// milliseconds inside the years dates may have. A forged `nan`, `inf` or `1e308` never
    /// reaches a database driver (PostgreSQL's traps on a non-finite date).
    public var instant: Date? {
        guard let milliseconds = Int64(sortKey) else { return nil }
        let seconds = Double(milliseconds) / 1000
        guard Self.instantRange.contains(seconds) else { return nil }
        return Date(timeIntervalSince1970: seconds)
    }

    /// 1900-01-01 to 2201-01-01 in seconds since 1970, the range `LocalDate` accepts.
    static let instantRange: ClosedRange<Double> = -2_208_988_800...7_289_654_400

    public var encoded: String {
        Data("\(sortKey)\(Self.separator)\(id.uuidString)".utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Nil for anything that is not a cursor we made; never traps on user input. Sort keys
    /// with control characters are refused: no name has them, and PostgreSQL rejects NUL.
    public init?(encoded: String) {
        guard !encoded.isEmpty, encoded.utf8.count <= Self.maximumEncodedLength else { return nil }
        var base64 = encoded.replacingOccurrences(of: "-", with: "+")
            .replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64),
              let text = String(data: data, encoding: .utf8),
              let split = text.lastIndex(of: Self.separator),
              let id = UUID(uuidString: String(text[text.index(after: split)...]))
        else { return nil }
        let key = text[..<split]
        guard !key.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return nil }
        self.init(sortKey: String(key), id: id)
    }
}

/// A paging position the client sent that we did not make.
public enum PagingError: CodedError, Equatable {
    case invalidCursor(parameter: String)

    public var code: String { "cursor.invalid" }
    public var message: String {
        switch self {
        case .invalidCursor(let parameter):
            "The \(parameter) position is not one this list gave out. Start again from the first page."
        }
    }
}

import Foundation

/// A position in a list sorted by (`sortKey`, `id`), for "next page" links that stay correct
/// while rows are added. Opaque to clients: base64url of "sortKey␟uuid".
public struct KeysetCursor: Sendable, Hashable, Codable {
    /// ASCII unit separator; cannot appear in a UUID and is unlikely in a sort key.
    static let separator: Character = "\u{1F}"

    public let sortKey: String
    public let id: UUID

    public init(sortKey: String, id: UUID) {
        self.sortKey = sortKey
        self.id = id
    }

    public var encoded: String {
        Data("\(sortKey)\(Self.separator)\(id.uuidString)".utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Nil for anything that is not a cursor we made; never traps on user input.
    public init?(encoded: String) {
        guard encoded.count <= 4096 else { return nil }
        var base64 = encoded.replacingOccurrences(of: "-", with: "+")
            .replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64),
              let text = String(data: data, encoding: .utf8),
              let split = text.lastIndex(of: Self.separator),
              let id = UUID(uuidString: String(text[text.index(after: split)...]))
        else { return nil }
        self.init(sortKey: String(text[..<split]), id: id)
    }
}

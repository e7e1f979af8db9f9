import Foundation
import Vapor

/// The JSON coders for /api/v1, whose DTOs use Swift names: `mentorID` in Swift, `mentor_id` on
/// the wire. Used only by `APIContent` (answers) and `Request.apiBody` (request bodies), so pages,
/// forms and other protocols keep their own names. The strategies rename dictionary keys too, so a
/// body whose keys are data (survey answers keyed by question id) is not decoded with these.
///
/// Dates stay ISO 8601, as Vapor's default coders write them today. Keys, both ways through the
/// same word list, so a name survives the round trip:
/// - encoding: camelCase to snake_case, with `ID`, `IDs`, `URL`, `URLs` as single words
///   (`mentorID` → `mentor_id`, `goalIDs` → `goal_ids`; Foundation's `convertToSnakeCase` gives `goal_i_ds`);
/// - decoding: snake_case to camelCase, with the segments `id`, `ids`, `url`, `urls` upper-cased after
///   the first word (`mentor_id` → `mentorID`; Foundation's `convertFromSnakeCase` gives `mentorId`).
enum APICoding {
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.keyEncodingStrategy = .custom { path in SwiftKey(wireKey(forSwiftName: path.last!.stringValue)) }
        return encoder
    }

    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        decoder.keyDecodingStrategy = .custom { path in SwiftKey(swiftName(forWireKey: path.last!.stringValue)) }
        return decoder
    }

    /// Segments written in capitals in Swift names (Swift API guidelines: `userID`, `feedURL`).
    static let acronyms: [String: String] = ["id": "ID", "ids": "IDs", "url": "URL", "urls": "URLs"]

    /// `mentorID` → `mentor_id`, `isURLValid` → `is_url_valid`, `createdAt` → `created_at`.
    static func wireKey(forSwiftName name: String) -> String {
        var wire = ""
        var rest = Substring(name)
        while let first = rest.first {
            let acronym = first.isUppercase ? acronyms.values.sorted(by: { $0.count > $1.count }).first { word in
                rest.hasPrefix(word) && rest.dropFirst(word.count).first.map(\.isUppercase) != false
            } : nil
            let word = acronym ?? (first.isUppercase ? String(first) : nil)
            if let word {
                wire += (wire.isEmpty ? "" : "_") + word.lowercased()
                rest = rest.dropFirst(word.count)
            } else {
                wire.append(first)
                rest = rest.dropFirst()
            }
        }
        return wire
    }

    /// `mentor_id` → `mentorID`, `created_at` → `createdAt`, `id` → `id`; a key without `_` is unchanged.
    static func swiftName(forWireKey key: String) -> String {
        let words = key.split(separator: "_", omittingEmptySubsequences: false).map(String.init)
        guard words.count > 1, !words.contains(where: \.isEmpty) else { return key }
        return words[0] + words.dropFirst().map { acronyms[$0] ?? $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    private struct SwiftKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(_ stringValue: String) { self.stringValue = stringValue }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}

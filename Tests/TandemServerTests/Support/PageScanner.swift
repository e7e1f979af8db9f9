import Foundation

/// Reads what a person could click or type on a rendered page: same-site links with their query
/// parameters, and the forms with their fields. Regular expressions are enough for our own
/// templates, which always quote attributes.
enum PageScanner {
    struct Link: Hashable {
        let path: String
        let parameters: Set<String>
    }

    struct Form {
        let method: String
        let action: String
        /// Every field with the value the page put in it (the first option of a select).
        let fields: [String: String]
        /// Fields a person types or picks a number, date or time into.
        let numericFields: Set<String>
    }

    static func links(in html: String) -> [Link] {
        matches(##"href="(/[^"#]*)""##, in: html).compactMap { link(decode($0[1])) }
    }

    static func forms(in html: String) -> [Form] {
        matches(#"(?s)<form\b([^>]*)>(.*?)</form>"#, in: html).map { match in
            let attributes = self.attributes(match[1])
            let body = match[2]
            var fields: [String: String] = [:]
            var numeric: Set<String> = []
            var radios: [String: [String]] = [:]
            for input in matches(#"<input\b([^>]*)>"#, in: body) {
                let a = self.attributes(input[1])
                guard let name = a["name"] else { continue }
                let type = a["type"] ?? "text"
                if type == "radio" || type == "checkbox" {
                    radios[name, default: []].append(a["value"] ?? "on")
                    if fields[name] == nil || a["checked"] != nil { fields[name] = a["value"] ?? "on" }
                    continue
                }
                fields[name] = a["value"] ?? ""
                if ["number", "date", "time", "datetime-local"].contains(type) || a["inputmode"] == "numeric" || numericName(name) {
                    numeric.insert(name)
                }
            }
            for (name, values) in radios where values.allSatisfy({ Int($0) != nil }) { numeric.insert(name) }
            for select in matches(#"(?s)<select\b([^>]*)>(.*?)</select>"#, in: body) {
                guard let name = self.attributes(select[1])["name"] else { continue }
                let options = matches(#"<option\b([^>]*)>"#, in: select[2]).map { self.attributes($0[1]) }
                let chosen = options.first { $0["selected"] != nil } ?? options.first
                fields[name] = chosen?["value"] ?? ""
                if numericName(name) { numeric.insert(name) }
            }
            for area in matches(#"(?s)<textarea\b([^>]*)>(.*?)</textarea>"#, in: body) {
                if let name = self.attributes(area[1])["name"] { fields[name] = decode(area[2]) }
            }
            return Form(method: (attributes["method"] ?? "get").lowercased(), action: attributes["action"] ?? "",
                        fields: fields, numericFields: numeric)
        }
    }

    /// Field names that hold numbers even where the input is plain text.
    static func numericName(_ name: String) -> Bool {
        ["capacity", "hours", "minutes", "days", "seniority", "score", "level", "after", "count", "date", "time", "starts", "ends"]
            .contains { name.contains($0) }
    }

    private static func link(_ href: String) -> Link? {
        guard let components = URLComponents(string: href) else { return nil }
        return Link(path: components.path, parameters: Set((components.queryItems ?? []).map(\.name)))
    }

    private static func attributes(_ text: String) -> [String: String] {
        var found: [String: String] = [:]
        for match in matches(#"([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:="([^"]*)")?"#, in: text) {
            found[match[1].lowercased()] = decode(match[2])
        }
        return found
    }

    private static func decode(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Each match's capture groups (index 0 is the whole match; a missing group is "").
    static func matches(_ pattern: String, in text: String) -> [[String]] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (0..<match.numberOfRanges).map { index in
                Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
            }
        }
    }
}

import Foundation

/// Where a `next` parameter may send a browser: only a path on this site.
///
/// Browsers forgive a lot in a Location header: they drop tabs and newlines (`/\t/evil` becomes
/// `//evil`), read `\` as `/`, and some decode `%2F`. So the value must start with one `/`, must
/// not start with `//` or `/\`, and must hold no backslash, whitespace or control character,
/// both as written and after every layer of percent-decoding.
public enum SafeRedirectPath {
    public static let fallback = "/"
    public static let maxLength = 2048
    /// More layers than this is not a real link; refuse it rather than decode forever.
    static let maxDecodingLayers = 4

    /// The path itself when it is safe to redirect to, else nil.
    public static func validate(_ raw: String?) -> String? {
        guard let raw, !raw.isEmpty, raw.utf8.count <= maxLength,
              raw.unicodeScalars.allSatisfy(isPrintableASCII) else { return nil }
        var layer = raw
        for _ in 0..<maxDecodingLayers {
            guard isLocalPath(layer) else { return nil }
            // Malformed escapes (`%zz`, a lone `%`, bad UTF-8) come back nil: refuse those too.
            guard let decoded = layer.removingPercentEncoding else { return nil }
            if decoded == layer { return raw }
            layer = decoded
        }
        return nil
    }

    /// The safe path, or `/`.
    public static func resolve(_ raw: String?) -> String {
        validate(raw) ?? fallback
    }

    /// The value percent-encoded for a query string: everything but unreserved characters and `/`.
    public static func queryValue(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: queryAllowed) ?? ""
    }

    private static let queryAllowed = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/")

    private static func isPrintableASCII(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value > 0x20 && scalar.value < 0x7F
    }

    private static func isLocalPath(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.first == "/" else { return false }
        if scalars.count > 1, scalars[1] == "/" || scalars[1] == "\\" { return false }
        return !scalars.contains(where: isForbidden)
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "\\" || scalar.properties.isWhitespace { return true }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse, .unassigned:
            return true
        default:
            return false
        }
    }
}

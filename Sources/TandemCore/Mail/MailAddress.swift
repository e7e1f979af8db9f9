import Foundation

/// A mailbox: an optional display name and an ASCII address (we do not speak SMTPUTF8).
/// Building one refuses anything that could break out of a header or an SMTP command.
public struct MailAddress: Sendable, Hashable {
    public let name: String?
    public let address: String

    public init(name: String? = nil, address: String) throws(MailAddressError) {
        let trimmed = address.trimmingCharacters(in: .whitespaces)
        guard Self.isPlainAddress(trimmed) else { throw .invalidAddress(address) }
        let cleanName = name.map(MailHeaderText.singleLine).flatMap { $0.isEmpty ? nil : $0 }
        self.name = cleanName
        self.address = trimmed
    }

    /// The part after `@`, used for the Message-ID.
    public var domain: String {
        String(address[address.index(after: address.lastIndex(of: "@")!)...])
    }

    /// `local@domain`, visible ASCII only, without the characters that delimit addresses.
    static func isPlainAddress(_ text: String) -> Bool {
        let forbidden: Set<Character> = ["<", ">", "(", ")", "[", "]", ",", ";", ":", "\\", "\"", " "]
        guard text.utf8.count <= 254, text.allSatisfy({ $0.isASCII && !forbidden.contains($0) }),
              text.unicodeScalars.allSatisfy({ $0.value > 32 && $0.value < 127 }) else { return false }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[0].utf8.count <= 64
            && !parts[1].isEmpty && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".")
    }
}

public enum MailAddressError: CodedError, Equatable {
    case invalidAddress(String)

    public var code: String { "mail.invalid_address" }
    public var message: String {
        switch self {
        case .invalidAddress(let raw):
            return "\"\(raw)\" is not an email address this server can send to (ASCII local@domain)."
        }
    }
}

extension MailAddress {
    /// Parses `MAIL_FROM`: `noreply@example.org`, `Tandem <noreply@example.org>` or
    /// `"Tandem, Mentoring" <noreply@example.org>`.
    public static func parse(_ raw: String) throws(MailAddressError) -> MailAddress {
        let text = raw.trimmingCharacters(in: .whitespaces)
        guard text.hasSuffix(">"), let open = text.lastIndex(of: "<") else {
            return try MailAddress(address: text)
        }
        let address = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
        var name = text[..<open].trimmingCharacters(in: .whitespaces)
        if name.count >= 2, name.hasPrefix("\""), name.hasSuffix("\"") {
            name = String(name.dropFirst().dropLast())
                .replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\\\", with: "\\")
        }
        return try MailAddress(name: name, address: address)
    }
}

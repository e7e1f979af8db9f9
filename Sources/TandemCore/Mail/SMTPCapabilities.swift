/// What an EHLO reply advertises, as far as this client cares.
public struct SMTPCapabilities: Sendable, Equatable {
    public var startTLS = false
    public var authMechanisms: Set<String> = []

    public init(startTLS: Bool = false, authMechanisms: Set<String> = []) {
        self.startTLS = startTLS
        self.authMechanisms = authMechanisms
    }

    /// The first line is the greeting ("mail.example.org Hello"); each later one a keyword and its parameters.
    public init(ehlo reply: SMTPReply) {
        for line in reply.lines.dropFirst() {
            let words = line.uppercased().split(separator: " ").map(String.init)
            guard let keyword = words.first else { continue }
            if keyword == "STARTTLS" { startTLS = true }
            if keyword == "AUTH" || keyword == "AUTH=" { authMechanisms.formUnion(words.dropFirst()) }
        }
    }
}

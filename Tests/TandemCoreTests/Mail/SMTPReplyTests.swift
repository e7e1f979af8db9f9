import Testing
@testable import TandemCore

@Suite struct SMTPReplyTests {
    @Test func collectsAMultiLineReply() throws {
        // arrange
        var parser = SMTPReplyParser()
        // act
        let first = try parser.feed("250-mail.example.org Hello")
        let second = try parser.feed("250-STARTTLS")
        let last = try parser.feed("250 AUTH PLAIN LOGIN")
        // assert
        #expect(first == nil)
        #expect(second == nil)
        #expect(last == SMTPReply(code: 250, lines: ["mail.example.org Hello", "STARTTLS", "AUTH PLAIN LOGIN"]))
        #expect(last?.description == "250-mail.example.org Hello\n250-STARTTLS\n250 AUTH PLAIN LOGIN")
    }

    @Test func startsAfreshAfterAReply() throws {
        // arrange
        var parser = SMTPReplyParser()
        _ = try parser.feed("220 ready")
        // act
        let next = try parser.feed("354 go ahead")
        // assert
        #expect(next == SMTPReply(code: 354, lines: ["go ahead"]))
    }

    @Test(arguments: ["", "25", "abc hello", "250?x", "999 nope"])
    func refusesMalformedLines(line: String) {
        var parser = SMTPReplyParser()
        #expect(throws: SMTPProtocolError.self) { try parser.feed(line) }
    }

    @Test func refusesAChangeOfCodeInsideAReply() throws {
        // arrange
        var parser = SMTPReplyParser()
        _ = try parser.feed("250-first")
        // act + assert
        #expect(throws: SMTPProtocolError.malformedReply("251 second")) { try parser.feed("251 second") }
    }

    @Test func readsCapabilitiesFromEHLO() {
        // arrange
        let reply = SMTPReply(code: 250, lines: ["mx Hello", "PIPELINING", "starttls", "AUTH LOGIN PLAIN", "8BITMIME"])
        // act
        let capabilities = SMTPCapabilities(ehlo: reply)
        // assert
        #expect(capabilities == SMTPCapabilities(startTLS: true, authMechanisms: ["LOGIN", "PLAIN"]))
    }

    @Test func aRejectionCarriesTheServersText() {
        // arrange
        let error = SMTPProtocolError.rejected(step: "RCPT TO", reply: SMTPReply(code: 550, lines: ["5.1.1 No such user here"]))
        // assert
        #expect(error.code == "smtp.rejected")
        #expect(error.message.contains("550 5.1.1 No such user here"))
    }
}

@Suite struct SMTPConversationRulesTests {
    @Test func startTLSIsUsedWheneverOffered() throws {
        // act
        let decision = try SMTPConversationRules.afterFirstEHLO(
            capabilities: SMTPCapabilities(startTLS: true), host: "127.0.0.1", plaintextPermitted: true)
        // assert
        #expect(decision == .startTLS)
    }

    @Test func aPublicServerWithoutSTARTTLSIsRefused() {
        // act + assert
        #expect(throws: SMTPProtocolError.startTLSNotOffered(host: "mail.example.org")) {
            try SMTPConversationRules.afterFirstEHLO(
                capabilities: SMTPCapabilities(startTLS: false), host: "mail.example.org", plaintextPermitted: false)
        }
    }

    @Test func aLoopbackTestServerMayGoOnInPlainText() throws {
        // act
        let decision = try SMTPConversationRules.afterFirstEHLO(
            capabilities: SMTPCapabilities(), host: "127.0.0.1", plaintextPermitted: true)
        // assert
        #expect(decision == .continueWithoutTLS)
    }

    @Test func authPrefersPlainThenLogin() throws {
        // act
        let both = try SMTPConversationRules.authMechanism(SMTPCapabilities(authMechanisms: ["LOGIN", "PLAIN"]), host: "h")
        let login = try SMTPConversationRules.authMechanism(SMTPCapabilities(authMechanisms: ["LOGIN", "CRAM-MD5"]), host: "h")
        // assert
        #expect(both == .plain)
        #expect(login == .login)
        #expect(throws: SMTPProtocolError.self) {
            try SMTPConversationRules.authMechanism(SMTPCapabilities(authMechanisms: ["CRAM-MD5"]), host: "h")
        }
    }

    @Test func authPlainIsNulSeparated() {
        // act
        let argument = SMTPConversationRules.authPlainArgument(username: "ada", password: "pw")
        // assert: base64 of "\0ada\0pw"
        #expect(argument == "AGFkYQBwdw==")
    }
}

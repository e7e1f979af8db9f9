import Testing
@testable import TandemCore

@Suite struct SMTPEndpointTests {
    @Test func smtpMeansRequiredSTARTTLSOnPort587() throws {
        // act
        let endpoint = try SMTPEndpoint.parse("smtp://mail.example.org")
        // assert
        #expect(endpoint == SMTPEndpoint(security: .startTLS, host: "mail.example.org", port: 587))
    }

    @Test func smtpsMeansImplicitTLSOnPort465() throws {
        // act
        let endpoint = try SMTPEndpoint.parse("smtps://mail.example.org")
        // assert
        #expect(endpoint.security == .implicitTLS)
        #expect(endpoint.port == 465)
    }

    @Test func credentialsArePercentDecoded() throws {
        // act
        let endpoint = try SMTPEndpoint.parse("smtp://ada%40example.org:p%40ss%3Aw%2Frd@smtp.example.org:2525")
        // assert
        #expect(endpoint.username == "ada@example.org")
        #expect(endpoint.password == "p@ss:w/rd")
        #expect(endpoint.port == 2525)
        #expect(endpoint.host == "smtp.example.org")
    }

    @Test func anIPv6LiteralLosesItsBrackets() throws {
        // act
        let endpoint = try SMTPEndpoint.parse("smtp://[::1]:2525")
        // assert
        #expect(endpoint.host == "::1")
    }

    @Test(arguments: [
        ("http://mail.example.org", "smtp://"), ("smtp://", "no host"), ("mail.example.org", "smtp://"),
        ("smtp://mail.example.org/path", "path"), ("smtp://mail.example.org:0", "port"),
        ("smtp://:secret@mail.example.org", "user name"),
    ])
    func badURLsExplainThemselves(raw: String, mentions: String) {
        // act
        let error = #expect(throws: MailSettingsError.self) { try SMTPEndpoint.parse(raw) }
        // assert
        #expect(error?.description.contains(mentions) == true, "\(error?.description ?? "")")
    }
}

@Suite struct MailFromTests {
    @Test(arguments: [
        ("noreply@example.org", nil, "noreply@example.org"),
        ("Tandem <noreply@example.org>", "Tandem", "noreply@example.org"),
        ("\"Tandem, Mentoring\" <noreply@example.org>", "Tandem, Mentoring", "noreply@example.org"),
        ("  Zoë Ångström   <zoe@example.org> ", "Zoë Ångström", "zoe@example.org"),
    ] as [(String, String?, String)])
    func parsesTheSender(raw: String, name: String?, address: String) throws {
        // act
        let parsed = try MailAddress.parse(raw)
        // assert
        #expect(parsed.name == name)
        #expect(parsed.address == address)
    }

    @Test(arguments: ["", "Tandem", "Tandem <>", "a b@example.org", "<x@y.org>\r\nBcc: z@y.org", "zoë@example.org", "x@"])
    func refusesWhatIsNotAnAddress(raw: String) {
        #expect(throws: MailAddressError.self) { try MailAddress.parse(raw) }
    }

    @Test func aNameCannotCarryANewHeader() throws {
        // act
        let address = try MailAddress(name: "Eve\r\nBcc: victim@example.org", address: "eve@example.org")
        // assert
        #expect(address.name == "Eve Bcc: victim@example.org")
    }
}

import Fluent
import Foundation
import SQLKit
import Testing
import VaporTesting
@testable import TandemServer

@Suite("Sign-in: known devices pass the account's wait; addresses count every attempt")
struct SignInKnownDeviceTests {
    /// Signs in once with the right password from a fresh browser and returns that browser,
    /// now carrying the device cookie the success set.
    static func knownDevice(_ app: Application, email: String, ip: String) async throws -> FormPoster {
        let browser = try await FormPoster.make(app)
        let response = try await browser.post("/sign-in", form: ["email": email, "password": Fixtures.password], ip: ip)
        #expect(response.status == .seeOther)
        let device = try #require(response.headers.setCookie?[KnownDevice.cookieName]?.string)
        return FormPoster(app: app, cookie: browser.cookie + "; \(KnownDevice.cookieName)=\(device)", csrf: browser.csrf)
    }

    /// The account's counter, far past its free attempts and waiting the full cap from now.
    static func holdAtTheCap(_ email: String, _ app: Application) async throws {
        let limits = app.settings.signInLimits, now = Date()
        _ = try await AttemptCounters(sql: app.db as! any SQLDatabase).hitWithBackoff(
            "account:\(email)", free: limits.accountFree, step: limits.accountStep, cap: limits.accountCap,
            forgetAfter: limits.accountForgetAfter, now: now)
        let row = try #require(try await SignInCounter.find(AttemptCounters.storedKey("account:\(email)"), on: app.db))
        row.attempts = 100
        row.waitUntil = now.timeIntervalSince1970 + limits.accountCap
        try await row.save(on: app.db)
    }

    static func accountCounter(_ email: String, _ app: Application) async throws -> SignInCounter {
        try #require(try await SignInCounter.find(AttemptCounters.storedKey("account:\(email)"), on: app.db))
    }

    @Test(arguments: TestDB.enabled)
    func theOwnerSignsInFromAKnownDeviceWhileAnAttackerHoldsTheAccountAtTheCap(db: TestDB) async throws {
        try await withApp(db, settings: FormPoster.trustingTestProxy) { app in
            // arrange: Ben has signed in from his laptop before; then an attacker keeps his account at the cap
            let fixtures = Fixtures(app: app)
            let ben = try await fixtures.user(in: try await fixtures.organisation(), name: "Ben")
            let laptop = try await Self.knownDevice(app, email: ben.email, ip: "198.51.100.20")
            try await Self.holdAtTheCap(ben.email, app)
            let attacker = try await FormPoster.make(app)
            var rounds: [(attackerFirst: HTTPStatus, attackerAgain: HTTPStatus, laptop: HTTPStatus, newDevice: HTTPStatus)] = []
            // act: each round the wait runs out (moved into the past, not slept through), the attacker
            // wins the race for the first attempt and so re-arms the wait, keeps hammering, and Ben tries
            for round in 0..<5 {
                let counter = try await Self.accountCounter(ben.email, app)
                counter.waitUntil = Date().timeIntervalSince1970 - 1
                try await counter.save(on: app.db)
                let attackerIP = "203.0.113.\(10 + round)"
                let first = try await attacker.signIn(ben.email, "guess-\(round)", ip: attackerIP)
                let again = try await attacker.signIn(ben.email, "guess-\(round)-b", ip: attackerIP)
                let fromLaptop = try await laptop.signIn(ben.email, Fixtures.password, ip: "198.51.100.20")
                let fromNewDevice = try await FormPoster.make(app).signIn(ben.email, Fixtures.password, ip: "198.51.100.77")
                rounds.append((first, again, fromLaptop, fromNewDevice))
            }
            let counterAfter = try await Self.accountCounter(ben.email, app)
            // assert
            #expect(rounds.allSatisfy { $0.attackerFirst == .unprocessableEntity })
            #expect(rounds.allSatisfy { $0.attackerAgain == .tooManyRequests })
            #expect(rounds.allSatisfy { $0.laptop == .seeOther })
            #expect(rounds.allSatisfy { $0.newDevice == .tooManyRequests })
            // Ben's sign-ins from the laptop did not clear the wait (that would hand the attacker free guesses)
            #expect(counterAfter.waitUntil > Date().timeIntervalSince1970)
            #expect(counterAfter.attempts == 105)
        }
    }

    @Test(arguments: TestDB.enabled)
    func aDeviceKnownToOneAccountIsNewToAnother(db: TestDB) async throws {
        try await withApp(db, settings: FormPoster.trustingTestProxy) { app in
            // arrange: the attacker signs in to their own account, then turns on Ben's
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let ben = try await fixtures.user(in: org, name: "Ben")
            let mallory = try await fixtures.user(in: org, name: "Mallory")
            let attackerBrowser = try await Self.knownDevice(app, email: mallory.email, ip: "203.0.113.5")
            try await Self.holdAtTheCap(ben.email, app)
            // act
            let status = try await attackerBrowser.signIn(ben.email, Fixtures.password, ip: "203.0.113.5")
            // assert
            #expect(status == .tooManyRequests)
        }
    }

    @Test(arguments: TestDB.enabled)
    func refusedAttemptsCountTowardTheAddressLimit(db: TestDB) async throws {
        try await withApp(db, settings: FormPoster.trustingTestProxy) { app in
            // arrange: Ben's account is waiting, so every attempt on it is refused
            let fixtures = Fixtures(app: app)
            let ben = try await fixtures.user(in: try await fixtures.organisation(), name: "Ben")
            try await Self.holdAtTheCap(ben.email, app)
            let perIP = app.settings.signInLimits.perIP
            let poster = try await FormPoster.make(app)
            // act: hammer Ben's account from one address, then try another email from it and from elsewhere
            var hammering: [HTTPStatus] = []
            for _ in 0..<perIP { hammering.append(try await poster.signIn(ben.email, "guess", ip: "203.0.113.7")) }
            let sameAddress = try await poster.signIn("someone@example.com", "guess", ip: "203.0.113.7")
            let elsewhere = try await poster.signIn("someone@example.com", "guess", ip: "198.51.100.20")
            // assert
            #expect(hammering.allSatisfy { $0 == .tooManyRequests })
            #expect(sameAddress == .tooManyRequests)
            #expect(elsewhere == .unprocessableEntity)
        }
    }

    @Test(arguments: TestDB.enabled)
    func oneIPv6SlashSixtyFourCountsAsOneAddress(db: TestDB) async throws {
        try await withApp(db, settings: FormPoster.trustingTestProxy) { app in
            // arrange
            let perIP = app.settings.signInLimits.perIP
            let poster = try await FormPoster.make(app)
            // act: a fresh address in the same /64 for every guess
            var statuses: [HTTPStatus] = []
            for i in 0...perIP {
                statuses.append(try await poster.signIn("person\(i)@example.com", "guess", ip: "2001:db8:7:7::\(String(i + 1, radix: 16))"))
            }
            let nextNetwork = try await poster.signIn("person0@example.com", "guess", ip: "2001:db8:7:8::1")
            // assert
            #expect(statuses.prefix(perIP).allSatisfy { $0 == .unprocessableEntity })
            #expect(statuses.last == .tooManyRequests)
            #expect(nextNetwork == .unprocessableEntity)
        }
    }
}

@Suite("Client network keys for throttling")
struct ClientNetworkTests {
    @Test(arguments: [
        ("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64"),
        ("2001:DB8:1:2::1", "2001:db8:1:2::/64"),
        ("2001:0db8:0001:0002:ffff::", "2001:db8:1:2::/64"),
        ("2001:db8:1:3::1", "2001:db8:1:3::/64"),
        ("::1", "0:0:0:0::/64"),
        ("::ffff:203.0.113.7", "203.0.113.7"),
        ("203.0.113.7", "203.0.113.7"),
        ("unknown", "unknown"),
    ])
    func keysAnAddress(ip: String, expected: String) {
        // act
        let key = ClientNetwork.key(for: ip)
        // assert
        #expect(key == expected)
    }
}

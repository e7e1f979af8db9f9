import Fluent
import Foundation
import SQLKit
import Testing
import VaporTesting
@testable import TandemServer

@Suite("Sign-in throttling and equal work")
struct SignInHardeningTests {
    @Test(arguments: TestDB.enabled)
    func fortyParallelWrongGuessesCheckAtMostFivePasswords(db: TestDB) async throws {
        try await withApp(db, settings: FormPoster.trustingTestProxy) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let ben = try await fixtures.user(in: try await fixtures.organisation(), name: "Ben")
            let hasher = CountingPasswordHasher.install(on: app)
            let poster = try await FormPoster.make(app)
            // act
            let statuses = try await poster.parallel(40) { _ in
                try await poster.signIn(ben.email, "wrong-password", ip: "203.0.113.7")
            }
            // assert
            #expect(hasher.verifications == 5)
            #expect(statuses.filter { $0 == .unprocessableEntity }.count == 5)
            #expect(statuses.filter { $0 == .tooManyRequests }.count == 35)
        }
    }

    @Test(arguments: TestDB.enabled)
    func theRealPersonSignsInFromAnotherAddressAfterAnAttack(db: TestDB) async throws {
        try await withApp(db, settings: FormPoster.trustingTestProxy) { app in
            // arrange: an attacker hammers Ben's account from one address
            let fixtures = Fixtures(app: app)
            let ben = try await fixtures.user(in: try await fixtures.organisation(), name: "Ben")
            let poster = try await FormPoster.make(app)
            _ = try await poster.parallel(40) { _ in try await poster.signIn(ben.email, "guess", ip: "203.0.113.7") }
            // act
            let fromAttacker = try await poster.signIn(ben.email, Fixtures.password, ip: "203.0.113.7")
            let fromBen = try await poster.signIn(ben.email, Fixtures.password, ip: "198.51.100.20")
            // assert: the attacker's address stays blocked even with the right password; Ben's does not
            #expect(fromAttacker == .tooManyRequests)
            #expect(fromBen == .seeOther)
        }
    }

    @Test(arguments: TestDB.enabled)
    func aSpreadAttackMeetsAGrowingCappedWaitThatEnds(db: TestDB) async throws {
        try await withApp(db, settings: FormPoster.trustingTestProxy) { app in
            // arrange: one wrong guess from each of many addresses
            let fixtures = Fixtures(app: app)
            let ben = try await fixtures.user(in: try await fixtures.organisation(), name: "Ben")
            let limits = app.settings.signInLimits
            let poster = try await FormPoster.make(app)
            var statuses: [HTTPStatus] = []
            for i in 0..<(limits.accountFree + 3) {
                statuses.append(try await poster.signIn(ben.email, "guess", ip: "203.0.113.\(i + 1)"))
            }
            let key = AttemptCounters.storedKey("account:\(ben.email)")
            let counter = try #require(try await SignInCounter.find(key, on: app.db))
            let firstWait = counter.waitUntil - counter.lastAt

            // act 1: Ben tries while the account waits
            let whileWaiting = try await poster.signIn(ben.email, Fixtures.password, ip: "198.51.100.20")
            let unchanged = try #require(try await SignInCounter.find(key, on: app.db))
            let (attemptsWhileWaiting, waitWhileWaiting) = (unchanged.attempts, unchanged.waitUntil)

            // act 2: the wait runs out (moved into the past rather than slept through); one more guess
            unchanged.waitUntil = Date().timeIntervalSince1970 - 1
            try await unchanged.save(on: app.db)
            let nextGuess = try await poster.signIn(ben.email, "guess", ip: "203.0.113.99")
            let grown = try #require(try await SignInCounter.find(key, on: app.db))
            let secondWait = grown.waitUntil - grown.lastAt

            // act 3: that wait runs out too, and Ben signs in
            grown.waitUntil = Date().timeIntervalSince1970 - 1
            try await grown.save(on: app.db)
            let afterWait = try await poster.signIn(ben.email, Fixtures.password, ip: "198.51.100.20")

            // assert
            #expect(statuses.prefix(limits.accountFree).allSatisfy { $0 == .unprocessableEntity })
            #expect(statuses.suffix(3).allSatisfy { $0 == .tooManyRequests })
            #expect(abs(firstWait - limits.accountStep) < 0.001)
            #expect(whileWaiting == .tooManyRequests)
            #expect(attemptsWhileWaiting == counter.attempts)
            #expect(waitWhileWaiting == counter.waitUntil)
            #expect(nextGuess == .unprocessableEntity)
            #expect(abs(secondWait - 2 * limits.accountStep) < 0.001)
            #expect(afterWait == .seeOther)
            #expect(try await SignInCounter.find(key, on: app.db) == nil)
        }
    }

    @Test(arguments: TestDB.enabled)
    func theAccountWaitNeverExceedsTheCap(db: TestDB) async throws {
        try await withApp(db, settings: FormPoster.trustingTestProxy) { app in
            // arrange: a counter already far past the free attempts
            let fixtures = Fixtures(app: app)
            let ben = try await fixtures.user(in: try await fixtures.organisation(), name: "Ben")
            let limits = app.settings.signInLimits
            let counters = AttemptCounters(sql: app.db as! any SQLDatabase)
            let now = Date()
            for _ in 0..<60 {
                _ = try await counters.hitWithBackoff("account:\(ben.email)", free: limits.accountFree, step: limits.accountStep,
                                                      cap: limits.accountCap, forgetAfter: limits.accountForgetAfter,
                                                      now: now.addingTimeInterval(-limits.accountCap - 1))
                let row = try #require(try await SignInCounter.find(AttemptCounters.storedKey("account:\(ben.email)"), on: app.db))
                row.waitUntil = 0
                try await row.save(on: app.db)
            }
            // act
            let status = try await FormPoster.make(app).signIn(ben.email, "guess", ip: "203.0.113.1")
            let row = try #require(try await SignInCounter.find(AttemptCounters.storedKey("account:\(ben.email)"), on: app.db))
            // assert
            #expect(status == .unprocessableEntity)
            #expect(row.attempts == 61)
            #expect(abs(row.waitUntil - row.lastAt - limits.accountCap) < 0.001)
        }
    }

    @Test(arguments: TestDB.enabled)
    func oneAddressIsLimitedAcrossEmails(db: TestDB) async throws {
        try await withApp(db, settings: FormPoster.trustingTestProxy) { app in
            // arrange
            let perIP = app.settings.signInLimits.perIP
            let poster = try await FormPoster.make(app)
            // act
            var statuses: [HTTPStatus] = []
            for i in 0...perIP {
                statuses.append(try await poster.signIn("person\(i)@example.com", "guess", ip: "203.0.113.7"))
            }
            let elsewhere = try await poster.signIn("person0@example.com", "guess", ip: "198.51.100.20")
            // assert
            #expect(statuses.prefix(perIP).allSatisfy { $0 == .unprocessableEntity })
            #expect(statuses.last == .tooManyRequests)
            #expect(elsewhere == .unprocessableEntity)
        }
    }

    @Test(arguments: TestDB.enabled)
    func unknownAndDeactivatedEmailsCostOnePasswordCheck(db: TestDB) async throws {
        try await withApp(db, settings: FormPoster.trustingTestProxy) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let ben = try await fixtures.user(in: org, name: "Ben")
            let gone = try await fixtures.user(in: org, name: "Gone")
            gone.isActive = false
            try await gone.save(on: app.db)
            let hasher = CountingPasswordHasher.install(on: app)
            let poster = try await FormPoster.make(app)
            // act
            let unknown = try await poster.signIn("nobody@example.com", "guess")
            let afterUnknown = hasher.verifications
            let deactivated = try await poster.signIn(gone.email, Fixtures.password)
            let afterDeactivated = hasher.verifications
            let known = try await poster.signIn(ben.email, "guess")
            // assert: the same answer and the same number of bcrypt checks each time
            #expect(unknown == .unprocessableEntity)
            #expect(deactivated == .unprocessableEntity)
            #expect(known == .unprocessableEntity)
            #expect(afterUnknown == 1)
            #expect(afterDeactivated == 2)
            #expect(hasher.verifications == 3)
        }
    }

    @Test(arguments: TestDB.enabled)
    func aSuccessClearsThePairSoEarlierMistakesDoNotPileUp(db: TestDB) async throws {
        try await withApp(db, settings: FormPoster.trustingTestProxy) { app in
            // arrange: four typos, then the right password
            let fixtures = Fixtures(app: app)
            let ben = try await fixtures.user(in: try await fixtures.organisation(), name: "Ben")
            let poster = try await FormPoster.make(app)
            for _ in 0..<4 { _ = try await poster.signIn(ben.email, "typo") }
            let success = try await poster.signIn(ben.email, Fixtures.password)
            // act: four more typos, then the right password again
            var later: [HTTPStatus] = []
            for _ in 0..<4 { later.append(try await poster.signIn(ben.email, "typo")) }
            let again = try await poster.signIn(ben.email, Fixtures.password)
            // assert
            #expect(success == .seeOther)
            #expect(later.allSatisfy { $0 == .unprocessableEntity })
            #expect(again == .seeOther)
        }
    }
}

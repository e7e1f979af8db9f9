import Fluent
import Foundation
import NIOCore
import NIOHTTP1
import TandemCore
import Testing
import Vapor
import VaporTesting
@testable import TandemServer

/// Reads of what a test changed: a profile, an enrolment, how many audit entries of a kind.
extension Fixtures {
    func profile(of user: User) async throws -> Profile {
        try #require(try await Profile.query(on: app.db).filter(\.$userID == user.requireID()).first())
    }

    func enrolment(of user: User, in programme: Programme, as role: EnrolmentRole) async throws -> Enrolment? {
        try await Enrolment.query(on: app.db)
            .filter(\.$programme.$id == programme.requireID()).filter(\.$user.$id == user.requireID())
            .filter(\.$role == role).first()
    }

    func auditCount(_ action: String) async throws -> Int {
        try await AuditEntry.query(on: app.db).filter(\.$action == action).count()
    }
}

import Fluent
import FluentPostgresDriver
import Foundation
import SQLKit
import Testing
import Vapor
@testable import TandemServer

/// The databases the suite runs on: SQLite always, PostgreSQL when TEST_DATABASE_URL is set.
enum TestDB: String, CustomTestStringConvertible, Sendable {
    case sqlite
    case postgres

    var testDescription: String { rawValue }

    static var enabled: [TestDB] {
        ProcessInfo.processInfo.environment["TEST_DATABASE_URL"].map { _ in [.sqlite, .postgres] } ?? [.sqlite]
    }

    static var postgresURL: URL? {
        ProcessInfo.processInfo.environment["TEST_DATABASE_URL"].flatMap(URL.init(string:))
    }
}

/// Each PostgreSQL test gets its own database, copied from the migrated template and dropped after it.
enum PostgresTestDatabases {
    static func create() async throws -> (url: String, name: String) {
        guard let host = TestDB.postgresURL?.host, ["localhost", "127.0.0.1", "::1"].contains(host) else {
            throw TestSetupError("TEST_DATABASE_URL must point at a local PostgreSQL (localhost or 127.0.0.1).")
        }
        try await PostgresTemplate.ensure()
        let name = "tandem_t_\(UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased())"
        try await admin { sql in
            try await sql.raw("CREATE DATABASE \(unsafeRaw: name) TEMPLATE \(unsafeRaw: PostgresTemplate.name)").run()
        }
        return (url(of: name), name)
    }

    static func drop(_ name: String) async throws {
        try await admin { sql in try await sql.raw("DROP DATABASE IF EXISTS \(unsafeRaw: name) WITH (FORCE)").run() }
    }

    /// TEST_DATABASE_URL with its database swapped for `name`.
    static func url(of name: String) -> String {
        var components = URLComponents(url: TestDB.postgresURL!, resolvingAgainstBaseURL: false)!
        components.path = "/\(name)"
        return components.string!
    }

    /// Runs `body` on a connection to TEST_DATABASE_URL's own database (to create and drop others).
    static func admin(_ body: (any SQLDatabase) async throws -> Void) async throws {
        let app = try await Application.make(.testing)
        do {
            app.databases.use(.postgres(configuration: try SQLPostgresConfiguration(url: TestDB.postgresURL!)), as: .psql)
            try await body(app.db as! any SQLDatabase)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}

struct TestSetupError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

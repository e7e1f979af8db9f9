import Foundation
import SQLKit
import Vapor
@testable import TandemServer

/// The migrated PostgreSQL database each test's database is copied from (`CREATE DATABASE … TEMPLATE`),
/// so a test process migrates once instead of once per test.
///
/// Its name carries a fingerprint of the migration list, so a branch with other migrations never
/// copies a template migrated by another list. Migrations are never edited once named (they are
/// permanent), so the list identifies the schema. Several test processes (worktrees, CI legs) may
/// share one server: each migrates into a private database and renames it into place; the one
/// that loses the race drops its copy and uses the winner's.
enum PostgresTemplate {
    static let name = "tandem_tpl_\(fingerprint)"

    /// FNV-1a over each migration's name and type, in order: stable across processes and builds.
    static var fingerprint: String {
        let list = TandemMigrations.all.map { "\($0.name)|\(String(reflecting: type(of: $0)))" }.joined(separator: "\n")
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in list.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }

    /// Builds the template once per process; every later call waits for that one build.
    static func ensure() async throws {
        try await builder.value()
    }

    private static let builder = OnceTask { try await build() }

    private static func build() async throws {
        if try await exists(name) { return }
        let scratch = "tandem_tplb_\(UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased())"
        try await PostgresTestDatabases.admin { sql in try await sql.raw("CREATE DATABASE \(unsafeRaw: scratch)").run() }
        do {
            try await migrate(PostgresTestDatabases.url(of: scratch))
            try await PostgresTestDatabases.admin { sql in
                try await sql.raw("ALTER DATABASE \(unsafeRaw: scratch) RENAME TO \(unsafeRaw: name)").run()
            }
        } catch {
            try? await PostgresTestDatabases.drop(scratch)
            // Another process renamed its template into place first: use that one.
            if try await exists(name) { return }
            throw error
        }
    }

    private static func migrate(_ url: String) async throws {
        var settings = AppSettings(logLevel: .warning, passwordCost: 4)
        settings.postgresConnectionsPerLoop = 1
        settings.database = .postgres(url)
        let app = try await Application.make(.testing)
        do {
            try await configure(app, settings)
            try await prepareDatabase(app)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    private static func exists(_ database: String) async throws -> Bool {
        var found = false
        try await PostgresTestDatabases.admin { sql in
            found = try await !sql.raw("SELECT datname FROM pg_database WHERE datname = \(bind: database)").all().isEmpty
        }
        return found
    }
}

/// Runs its work once, on first demand; every caller gets that one result (or error).
actor OnceTask {
    private let work: @Sendable () async throws -> Void
    private var task: Task<Void, any Error>?

    init(_ work: @escaping @Sendable () async throws -> Void) { self.work = work }

    func value() async throws {
        if task == nil { task = Task { try await work() } }
        try await task!.value
    }
}

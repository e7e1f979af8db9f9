import Fluent
import Testing
import Vapor
import VaporTesting
@testable import TandemServer

/// Builds the real app on a fresh database, migrates it, runs the test, and always shuts down.
func withApp(_ db: TestDB, settings adjust: (inout AppSettings) -> Void = { _ in },
             _ body: (Application) async throws -> Void) async throws {
    var settings = AppSettings(logLevel: .warning, passwordCost: 4)
    settings.postgresConnectionsPerLoop = 1
    var pgName: String?
    switch db {
    case .sqlite:
        settings.database = .sqliteMemory
    case .postgres:
        await PostgresGate.shared.enter()
        do {
            let created = try await PostgresTestDatabases.create()
            settings.database = .postgres(created.url)
            pgName = created.name
        } catch {
            await PostgresGate.shared.leave()
            throw error
        }
    }
    adjust(&settings)
    let app = try await Application.make(.testing)
    do {
        try await configure(app, settings)
        try await prepareDatabase(app)
        try await body(app)
    } catch {
        try? await app.asyncShutdown()
        if let pgName { try? await PostgresTestDatabases.drop(pgName) }
        if db == .postgres { await PostgresGate.shared.leave() }
        throw error
    }
    try await app.asyncShutdown()
    if let pgName { try? await PostgresTestDatabases.drop(pgName) }
    if db == .postgres { await PostgresGate.shared.leave() }
}

import Fluent
import SQLKit
import Testing
import Vapor
@testable import TandemServer

@Suite("SQLite connection settings")
struct SQLitePragmaTests {
    struct Value: Decodable { let value: String }

    static func read(_ pragma: String, on db: any Database) async throws -> String {
        let row = try #require(try await (db as! any SQLDatabase).raw("PRAGMA \(unsafeRaw: pragma)").first())
        let column = try #require(row.allColumns.first)
        if let int = try? row.decode(column: column, as: Int.self) { return String(int) }
        return try row.decode(column: column, as: String.self)
    }

    @Test func everyEventLoopConnectionHasThePragmas() async throws {
        try await withApp(.sqlite) { app in
            var loops = 0
            for eventLoop in app.eventLoopGroup.makeIterator() {
                let db = try #require(app.databases.database(logger: app.logger, on: eventLoop))
                #expect(try await Self.read("busy_timeout", on: db) == "5000")
                #expect(try await Self.read("synchronous", on: db) == "1")
                #expect(try await Self.read("cache_size", on: db) == "-20000")
                #expect(try await Self.read("mmap_size", on: db) == "268435456")
                #expect(try await Self.read("foreign_keys", on: db) == "1")
                #expect(try await Self.read("journal_mode", on: db).lowercased() == "wal")
                loops += 1
            }
            #expect(loops == app.eventLoopGroup.makeIterator().map { $0 }.count)
            #expect(loops >= 1)
        }
    }
}

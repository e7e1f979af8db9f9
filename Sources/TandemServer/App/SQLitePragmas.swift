import Fluent
import SQLKit
import Vapor

/// SQLite settings are per connection and the driver has no open hook. It keeps one
/// connection per event loop, so we run the pragmas on each loop's connection at boot.
enum SQLitePragmas {
    static let perConnection = [
        "PRAGMA busy_timeout = 5000",
        "PRAGMA synchronous = NORMAL",
        "PRAGMA cache_size = -20000",
        "PRAGMA mmap_size = 268435456",
        "PRAGMA foreign_keys = ON",
    ]

    static func apply(on app: Application) async throws {
        // WAL persists in the file, so once is enough.
        try await sql(app.db).raw("PRAGMA journal_mode = WAL").run()
        for eventLoop in app.eventLoopGroup.makeIterator() {
            let db = app.databases.database(logger: app.logger, on: eventLoop)!
            for pragma in perConnection {
                try await sql(db).raw(SQLQueryString(pragma)).run()
            }
        }
    }

    private static func sql(_ db: any Database) -> any SQLDatabase { db as! any SQLDatabase }
}

import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Vapor

extension Application {
    var isSQLite: Bool {
        if case .postgres = settings.database { return false }
        return true
    }
}

enum DatabaseSetup {
    static func use(_ choice: AppSettings.DatabaseChoice, connectionsPerLoop: Int = 4, on app: Application) throws {
        if case .postgres = choice {} else { giveSQLiteItsOwnThreads(app) }
        switch choice {
        case .sqliteMemory:
            app.databases.use(.sqlite(.memory, sqlLogLevel: .trace), as: .sqlite)
        case .sqliteFile(let path):
            app.databases.use(.sqlite(.file(path), sqlLogLevel: .trace), as: .sqlite)
        case .postgres(let url):
            var config = try SQLPostgresConfiguration(url: url)
            config.searchPath = nil
            app.databases.use(
                .postgres(configuration: config, maxConnectionsPerEventLoop: connectionsPerLoop, sqlLogLevel: .trace),
                as: .psql
            )
        }
    }

    /// SQLite runs every statement on `app.threadPool`, and `busy_timeout` sleeps on that thread
    /// while another connection holds the write lock. NIO's shared default pool has one thread per
    /// core (and is shared by every app in a test process), so a couple of waiters can starve the
    /// lock holder until the timeout, turning a plain race into SQLITE_BUSY, a 500. Set before
    /// Fluent first reads the pool.
    private static func giveSQLiteItsOwnThreads(_ app: Application) {
        app.threadPool = NIOThreadPool(numberOfThreads: 8)
    }
}

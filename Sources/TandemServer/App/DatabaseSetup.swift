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
}

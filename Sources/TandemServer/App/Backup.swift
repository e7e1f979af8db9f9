import Fluent
import Foundation
import SQLKit
import Vapor

public struct BackupError: Error, CustomStringConvertible {
    public let description: String
}

/// `tandem backup FILE`: a consistent copy of a live SQLite database. PostgreSQL has pg_dump.
public enum Backup {
    public static func run(_ app: Application, to path: String) async throws {
        guard app.isSQLite else {
            throw BackupError(description: "On PostgreSQL, back up with: pg_dump -Fc -d <database> -f tandem.dump (see the README).")
        }
        if FileManager.default.fileExists(atPath: path) {
            throw BackupError(description: "\(path) already exists; choose a new file name.")
        }
        try await (app.db as! any SQLDatabase).raw("VACUUM INTO \(bind: path)").run()
    }
}

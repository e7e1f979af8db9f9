import TandemCore
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation

/// Recognises a unique-index violation from either driver, so two identical submissions at the
/// same instant get the same 409 as a repeat, not a 500. The error middleware maps any that
/// reach it to `conflict.duplicate`; call sites that know better name a specific code with `mapping`.
enum UniqueViolation {
    static func matches(_ error: any Error) -> Bool {
        switch error {
        case let error as PSQLError:
            // 23505 is unique_violation (PostgreSQL, Appendix A).
            return error.code == .server && error.serverInfo?[.sqlState] == "23505"
        case let error as PostgresError:
            // PostgresNIO's older query path converts PSQLError to this type.
            return error.code == .uniqueViolation
        case let error as SQLiteError:
            // sqlite-nio reports the primary result code unless extended codes are on, so the
            // plain `.constraint` is told apart from NOT NULL or foreign-key failures by its message.
            switch error.reason {
            case .constraintUniqueFailed, .constraintPrimaryKeyFailed: return true
            case .constraint: return error.message.hasPrefix("UNIQUE constraint failed")
            default: return false
            }
        default:
            return false
        }
    }

    /// Runs `body`, turning a unique violation into `conflict`.
    static func mapping<T>(to conflict: any TandemError, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch where matches(error) {
            throw conflict
        }
    }

    /// The answer for a duplicate no call site named more precisely.
    static let duplicate = WebRequestError.duplicate
}

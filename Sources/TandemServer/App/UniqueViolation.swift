import Foundation

/// Recognises a unique-index violation from either driver, so two identical submissions at the
/// same instant get the same 409 as a repeat, not a 500.
enum UniqueViolation {
    static func matches(_ error: any Error) -> Bool {
        let text = String(reflecting: error)
        return text.contains("UNIQUE constraint failed") || text.contains("23505")
    }

    /// Runs `body`, turning a unique violation into `conflict`.
    static func mapping<T>(to conflict: AppError, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch where matches(error) {
            throw conflict
        }
    }
}

import Foundation
import TandemCore
import Vapor

/// Query parameters read strictly: a value that is present but not one we accept is the
/// client's error (400 or 422), never a silent default and never a trap further down.
extension Request {
    /// The keyset cursor in `name`; nil when absent or empty, 400 when forged.
    func cursor(_ name: String) throws -> KeysetCursor? {
        guard let raw = query[String.self, at: name], !raw.isEmpty else { return nil }
        guard let cursor = KeysetCursor(encoded: raw) else { throw PagingError.invalidCursor(parameter: name) }
        return cursor
    }

    /// A cursor on a time column, whose key must be a time within the accepted years.
    func timeCursor(_ name: String) throws -> KeysetCursor? {
        guard let cursor = try cursor(name) else { return nil }
        guard cursor.instant != nil else { throw PagingError.invalidCursor(parameter: name) }
        return cursor
    }

    /// A whole number in `range`, or `fallback` when the parameter is absent or empty.
    func boundedInt(_ name: String, in range: ClosedRange<Int>, default fallback: Int) throws -> Int {
        guard let raw = query[String.self, at: name], !raw.isEmpty else { return fallback }
        guard raw.count <= 20, let value = Int(raw), range.contains(value) else {
            throw ValidationFailure([FieldError(
                field: name, .outOfRange,
                message: "\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound)."
            )])
        }
        return value
    }
}

extension PagingError: TandemError {
    var status: HTTPResponseStatus { .badRequest }
}

import PostgresNIO

/// PostgreSQL refuses some values SQLite stores without a word: NUL in text, a number out of a
/// column's range, a malformed date. Those come from what a client sent (data exceptions, SQLSTATE
/// class 22), so they answer 400, not 500. Input is validated before it gets this far; this is the
/// backstop that keeps a missed field from becoming a server error. Class 54 (program limit
/// exceeded: an index entry or a row too big) is the client's doing in the same way.
enum DatabaseInputError {
    static func matches(_ error: any Error) -> Bool {
        guard let error = error as? PSQLError, let state = error.serverInfo?[.sqlState] else { return false }
        return state.hasPrefix("22") || state.hasPrefix("54")
    }
}

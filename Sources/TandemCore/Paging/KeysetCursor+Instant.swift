import Foundation

/// Cursors over lists sorted by a time. The time travels as seconds since 1970, so a forged
/// cursor can carry "nan", "inf" or "1e308"; those must never reach a query (a non-finite date
/// crashes the PostgreSQL driver), so `instant` only returns a finite time between the years
/// 1900 and 2200.
extension KeysetCursor {
    /// 1900-01-01T00:00:00Z and 2200-01-01T00:00:00Z, in seconds since 1970.
    public static let instantRange: ClosedRange<Double> = -2_208_988_800...7_258_118_400

    public init(instant: Date, id: UUID) {
        self.init(sortKey: String(instant.timeIntervalSince1970), id: id)
    }

    /// The sort key as a time, or nil unless it is a finite number of seconds in `instantRange`.
    public var instant: Date? {
        guard sortKey.utf8.count <= 40, let seconds = Double(sortKey), seconds.isFinite,
              Self.instantRange.contains(seconds) else { return nil }
        return Date(timeIntervalSince1970: seconds)
    }
}

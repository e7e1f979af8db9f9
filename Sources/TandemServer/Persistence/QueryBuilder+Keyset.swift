import Fluent
import Foundation

extension QueryBuilder where Model.IDValue == UUID {
    /// Rows after a keyset cursor in (`key`, id) descending order. Dates can come back from
    /// SQLite one floating-point step off, so "the same time" is a window of half a millisecond
    /// either side. `instant` must come from `KeysetCursor.instant`, which only yields sane dates.
    func descending(after instant: Date, id: UUID, key: FieldKey) -> Self {
        let earlier = instant.addingTimeInterval(-0.0005)
        let later = instant.addingTimeInterval(0.0005)
        return group(.or) { or in
            or.filter(key, .lessThan, earlier)
            or.group(.and) {
                $0.filter(key, .greaterThanOrEqual, earlier).filter(key, .lessThanOrEqual, later)
                    .filter(.id, .lessThan, id)
            }
        }
    }
}

import Fluent
import Foundation
import TandemCore
import Vapor

/// Keeps each programme's prepared mentor profiles in memory, so a recommendation costs one
/// query (the mentee's own profile) and a scan of prepared mentors.
/// Writes that change scores (profiles, enrolments, seats) invalidate it; a short lifetime bounds
/// staleness when another instance made the change.
actor ScoringCache {
    struct Entry {
        let index: ScoringIndex
        let loadedAt: Date
    }

    static let lifetime: TimeInterval = 30
    private var entries: [UUID: Entry] = [:]

    func index(programmeID: UUID, build: @Sendable () async throws -> ScoringIndex) async throws -> ScoringIndex {
        if let entry = entries[programmeID], Date().timeIntervalSince(entry.loadedAt) < Self.lifetime {
            return entry.index
        }
        let index = try await build()
        entries[programmeID] = Entry(index: index, loadedAt: Date())
        return index
    }

    func invalidate(programmeID: UUID) { entries[programmeID] = nil }
    func invalidateAll() { entries.removeAll() }
}

extension Application {
    private struct ScoringCacheKey: StorageKey { typealias Value = ScoringCache }

    var scoringCache: ScoringCache {
        if let cache = storage[ScoringCacheKey.self] { return cache }
        let cache = ScoringCache()
        storage[ScoringCacheKey.self] = cache
        return cache
    }
}

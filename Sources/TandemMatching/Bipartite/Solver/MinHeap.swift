import TandemCore

/// A binary min-heap of (key, id) pairs; equal keys pop lower ids first, so runs are deterministic.
struct MinHeap {
    private var keys: [Int64] = []
    private var ids: [Int32] = []

    var isEmpty: Bool { keys.isEmpty }

    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        ids.removeAll(keepingCapacity: true)
    }

    private func less(_ a: Int, _ b: Int) -> Bool {
        keys[a] < keys[b] || (keys[a] == keys[b] && ids[a] < ids[b])
    }

    mutating func push(_ key: Int64, _ id: Int32) {
        keys.append(key)
        ids.append(id)
        var child = keys.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard less(child, parent) else { break }
            keys.swapAt(child, parent)
            ids.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> (key: Int64, id: Int32)? {
        guard let firstKey = keys.first, let firstID = ids.first else { return nil }
        let lastKey = keys.removeLast()
        let lastID = ids.removeLast()
        if keys.isEmpty { return (firstKey, firstID) }
        keys[0] = lastKey
        ids[0] = lastID
        var parent = 0
        while true {
            let left = 2 * parent + 1
            if left >= keys.count { break }
            var best = left
            if left + 1 < keys.count, less(left + 1, left) { best = left + 1 }
            guard less(best, parent) else { break }
            keys.swapAt(best, parent)
            ids.swapAt(best, parent)
            parent = best
        }
        return (firstKey, firstID)
    }
}

import TandemCore

/// Gives each distinct byte string a dense number, without building a `String` per lookup:
/// open addressing with FNV-1a hashes. Millions of id lookups stay cheap this way.
struct ByteInterner {
    private var slots = [Int32](repeating: -1, count: 1024)
    private var hashes: [UInt64] = []
    private var offsets: [Int] = [0]
    private var storage: [UInt8] = []

    var count: Int { hashes.count }

    /// Keys of 1–7 bytes (most ids) packed into one word with their length, so a lookup is one
    /// multiply and usually one compare; 0 marks an empty slot.
    private var shortKeys = [UInt64](repeating: 0, count: 1024)
    private var shortValues = [Int32](repeating: -1, count: 1024)
    private var shortCount = 0

    /// The number of `key`, adding it if new.
    mutating func intern(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        guard key.count > 0 && key.count < 8 else { return internLong(key) }
        var packed = UInt64(key.count) << 56
        for i in 0..<key.count { packed |= UInt64(key[i]) << (8 * UInt64(i)) }
        let mask = shortKeys.count - 1
        var slot = Int(truncatingIfNeeded: (packed &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
        while true {
            let found = shortKeys[slot]
            if found == packed { return Int(shortValues[slot]) }
            if found == 0 { break }
            slot = (slot + 1) & mask
        }
        let index = internLong(key)
        shortKeys[slot] = packed
        shortValues[slot] = Int32(index)
        shortCount += 1
        if 2 * shortCount > shortKeys.count { growShort() }
        return index
    }

    private mutating func growShort() {
        let (keys, values) = (shortKeys, shortValues)
        shortKeys = [UInt64](repeating: 0, count: keys.count * 2)
        shortValues = [Int32](repeating: -1, count: keys.count * 2)
        let mask = shortKeys.count - 1
        for (packed, value) in zip(keys, values) where packed != 0 {
            var slot = Int(truncatingIfNeeded: (packed &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
            while shortKeys[slot] != 0 { slot = (slot + 1) & mask }
            shortKeys[slot] = packed
            shortValues[slot] = value
        }
    }

    /// The general table: any length, hashed and compared byte by byte.
    private mutating func internLong(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        let hash = Self.hash(key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let found = Int(slots[slot])
            if found < 0 { break }
            if hashes[found] == hash && equals(found, key) { return found }
            slot = (slot + 1) & mask
        }
        let index = hashes.count
        hashes.append(hash)
        storage.append(contentsOf: key)
        offsets.append(storage.count)
        slots[slot] = Int32(index)
        if 2 * hashes.count > slots.count { grow() }
        return index
    }

    func string(_ index: Int) -> String {
        String(decoding: storage[offsets[index]..<offsets[index + 1]], as: UTF8.self)
    }

    private func equals(_ index: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = offsets[index]
        guard offsets[index + 1] - start == key.count else { return false }
        return storage.withUnsafeBufferPointer { stored in
            var i = 0
            while i < key.count {
                if stored[start + i] != key[i] { return false }
                i += 1
            }
            return true
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }

    /// Eight bytes at a time (ids are short, so usually one or two words), then a final mix.
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = UInt64(truncatingIfNeeded: key.count) &* 0x9E37_79B9_7F4A_7C15
        guard let base = key.baseAddress else { return hash }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= key.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 32
            i += 8
        }
        var tail: UInt64 = 0
        while i < key.count {
            tail = tail << 8 | UInt64(key[i])
            i += 1
        }
        hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash >> 29)
    }
}

/// Gives each distinct byte string a dense number, without building a `String` per lookup:
/// open addressing with FNV-1a hashes. Millions of id lookups stay cheap this way.
struct ByteInterner {
    private var slots = [Int32](repeating: -1, count: 1024)
    private var hashes: [UInt64] = []
    private var offsets: [Int] = [0]
    private var storage: [UInt8] = []

    var count: Int { hashes.count }

    /// The number of `key`, adding it if new.
    mutating func intern(_ key: UnsafeBufferPointer<UInt8>) -> Int {
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
            for i in 0..<key.count where stored[start + i] != key[i] { return false }
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

    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        // FNV's low bits mix poorly for short keys; fold the high bits in.
        return hash ^ (hash >> 29)
    }
}

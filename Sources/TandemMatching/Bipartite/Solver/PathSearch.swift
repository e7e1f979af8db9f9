import TandemCore

/// One `ShortestAugmentingPaths.solve`: places rows one at a time along shortest paths.
/// Reads and writes the solver's arrays through raw pointers the caller lends it; its own
/// scratch is allocated once and freed by `deallocate()`.
struct PathSearch {
    private let edges: BorrowedEdges
    private let capacity: UnsafePointer<Int>
    private let rowPrice: UnsafeMutablePointer<Int64>
    private let columnPrice: UnsafeMutablePointer<Int64>
    private let columnOf: UnsafeMutablePointer<Int32>
    private let columns: Int
    /// Rows in each column, and their number (`load[j] < capacity[j]`: the column has room).
    private var rowsOf: [[Int32]]
    private let load: UnsafeMutablePointer<Int>

    // Dijkstra scratch, reset after each row.
    private let distance: UnsafeMutablePointer<Int64>
    private let predecessor: UnsafeMutablePointer<Int32>
    private let settled: UnsafeMutablePointer<Bool>
    /// Per group, the lowest `base - rowPrice` its range was scanned at in this search. Another
    /// row of the group at an offset no lower would offer every column a path no shorter, which
    /// pushes nothing: its range is skipped (a popular mentor's seats are reached many times).
    private let scannedAt: UnsafeMutablePointer<Int64>
    private var touchedGroups: [Int32] = []
    private var touched: [Int32] = []
    private var heap = MinHeap()
    private var reached: [(row: Int32, distance: Int64)] = []
    private var settledColumns: [Int32] = []
    /// The shortest known path to a sink in this search; longer tentative paths cannot matter,
    /// so they are not pushed (this prunes most heap traffic without changing the result).
    private var sinkBound: Int64 = .max

    init(
        edges: BorrowedEdges, capacity: UnsafeBufferPointer<Int>, rowPrice: UnsafeMutableBufferPointer<Int64>,
        columnPrice: UnsafeMutableBufferPointer<Int64>, columnOf: UnsafeMutableBufferPointer<Int32>
    ) {
        let columns = capacity.count
        self.edges = edges
        self.columns = columns
        // The caller guarantees at least one row and one column, so every base address exists.
        self.capacity = capacity.baseAddress!
        self.rowPrice = rowPrice.baseAddress!
        self.columnPrice = columnPrice.baseAddress!
        self.columnOf = columnOf.baseAddress!
        rowsOf = [[Int32]](repeating: [], count: columns)
        load = .allocate(capacity: columns)
        load.initialize(repeating: 0, count: columns)
        distance = .allocate(capacity: columns)
        distance.initialize(repeating: .max, count: columns)
        predecessor = .allocate(capacity: columns)
        predecessor.initialize(repeating: -1, count: columns)
        settled = .allocate(capacity: columns)
        settled.initialize(repeating: false, count: columns)
        scannedAt = .allocate(capacity: max(1, edges.groupCount))
        scannedAt.initialize(repeating: .max, count: max(1, edges.groupCount))
    }

    func deallocate() {
        load.deallocate()
        distance.deallocate()
        predecessor.deallocate()
        settled.deallocate()
        scannedAt.deallocate()
    }

    /// Places `row`, possibly moving earlier rows along a shortest path.
    mutating func assign(_ row: Int) {
        // Make the new row's reduced costs non-negative, as Dijkstra needs.
        var price: Int64 = 0
        for e in edges.rowStart[row]..<edges.rowEnd[row] {
            price = Swift.min(price, edges.cost[e] - columnPrice[Int(edges.column[e])])
        }
        rowPrice[row] = price
        if assignDirectly(row) { return }
        reached.removeAll(keepingCapacity: true)
        settledColumns.removeAll(keepingCapacity: true)
        reached.append((Int32(row), 0))
        sinkBound = .max
        scan(row, at: 0)
        var sink: Int32 = -1
        var pathLength: Int64 = 0
        while let (key, id) = heap.pop() {
            if id >= columns { // a row's unmatched option
                sink = id
                pathLength = key
                break
            }
            let j = Int(id)
            if settled[j] || key != distance[j] { continue }
            settled[j] = true
            settledColumns.append(id)
            if load[j] < capacity[j] {
                sink = id
                pathLength = key
                break
            }
            for occupant in rowsOf[j] {
                reached.append((occupant, key))
                scan(Int(occupant), at: key)
            }
        }
        // The row's own unmatched option is always in the heap, so a sink is always found.
        for (i, d) in reached { rowPrice[Int(i)] += pathLength - d }
        for j in settledColumns { columnPrice[Int(j)] -= pathLength - distance[Int(j)] }
        augment(from: sink)
        for j in touched {
            distance[Int(j)] = .max
            settled[Int(j)] = false
        }
        touched.removeAll(keepingCapacity: true)
        for g in touchedGroups { scannedAt[Int(g)] = .max }
        touchedGroups.removeAll(keepingCapacity: true)
        heap.removeAll()
    }

    /// The common easy case without Dijkstra: the row's cheapest column has room, so the
    /// shortest path is that one edge (its reduced cost is 0 after pricing the row).
    private mutating func assignDirectly(_ row: Int) -> Bool {
        let price = rowPrice[row]
        for e in edges.rowStart[row]..<edges.rowEnd[row] {
            let j = Int(edges.column[e])
            guard edges.cost[e] - price - columnPrice[j] == 0 else { continue }
            // The first tight column in row order is the one the heap would pop first only if it
            // has the lowest index among tight ones; rows are stored in column order, so it does.
            guard load[j] < capacity[j] else { return false }
            place(Int32(row), in: Int32(j))
            return true
        }
        return false
    }

    private mutating func scan(_ row: Int, at base: Int64) {
        let price = rowPrice[row]
        let group = Int(edges.rowGroup[row])
        if base - price < scannedAt[group] {
            if scannedAt[group] == .max { touchedGroups.append(Int32(group)) }
            scannedAt[group] = base - price
            scanRange(row, offset: base - price)
        }
        let unmatched = base - price
        if unmatched <= sinkBound {
            sinkBound = unmatched
            heap.push(unmatched, Int32(columns + row))
        }
    }

    /// Offers each unsettled column of `row`'s range the path `offset` + its reduced cost.
    private mutating func scanRange(_ row: Int, offset: Int64) {
        for e in edges.rowStart[row]..<edges.rowEnd[row] {
            let j = Int(edges.column[e])
            if settled[j] { continue }
            let d = offset + edges.cost[e] - columnPrice[j]
            if d < distance[j] && d <= sinkBound {
                if distance[j] == .max { touched.append(Int32(j)) }
                distance[j] = d
                predecessor[j] = Int32(row)
                heap.push(d, Int32(j))
                if load[j] < capacity[j] { sinkBound = d }
            }
        }
    }

    /// Shifts rows along the path ending at `sink` (a column with room, or a row's unmatched option).
    private mutating func augment(from sink: Int32) {
        var column: Int32
        if Int(sink) >= columns {
            let row = Int(sink) - columns
            let previous = columnOf[row]
            columnOf[row] = ShortestAugmentingPaths.unmatched
            guard previous >= 0 else { return }
            remove(Int32(row), from: previous)
            column = previous
        } else {
            column = sink
        }
        while true {
            let row = predecessor[Int(column)]
            let previous = columnOf[Int(row)]
            place(row, in: column)
            guard previous >= 0 else { return }
            remove(row, from: previous)
            column = previous
        }
    }

    private mutating func place(_ row: Int32, in column: Int32) {
        columnOf[Int(row)] = column
        rowsOf[Int(column)].append(row)
        load[Int(column)] += 1
    }

    private mutating func remove(_ row: Int32, from column: Int32) {
        guard let index = rowsOf[Int(column)].firstIndex(of: row) else { return }
        rowsOf[Int(column)].swapAt(index, rowsOf[Int(column)].count - 1)
        rowsOf[Int(column)].removeLast()
        load[Int(column)] -= 1
    }
}

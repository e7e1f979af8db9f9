import TandemCore

/// Min-cost assignment of rows to capacitated columns, where every row may instead take a
/// private "unmatched" option of cost 0: successive shortest paths, one row at a time, with
/// Dijkstra on reduced costs (Jonker–Volgenant style, without expanding columns into seats).
///
/// It keeps dual prices that certify optimality on the edges it was given:
/// - `rowPrice[i] + columnPrice[j] <= cost(i, j)` on every edge, with equality on assigned edges;
/// - `rowPrice[i] <= 0` (the unmatched option), with equality for unmatched rows;
/// - `columnPrice[j] <= 0`, and < 0 only for a full column.
struct ShortestAugmentingPaths {
    static let unmatched: Int32 = -2
    static let unassigned: Int32 = -1

    private(set) var rowPrice: [Int64]
    private(set) var columnPrice: [Int64]
    /// Each row's column, `unmatched`, or `unassigned` before its turn.
    private(set) var columnOf: [Int32]
    private var rowsOf: [[Int32]]
    private let capacity: [Int]

    // Dijkstra scratch, reset after each row.
    private var distance: [Int64]
    private var predecessor: [Int32]
    private var settled: [Bool]
    private var touched: [Int32] = []
    private var heap = MinHeap()
    private var reached: [(row: Int32, distance: Int64)] = []
    private var settledColumns: [Int32] = []
    /// The shortest known path to a sink in this search; longer tentative paths cannot matter,
    /// so they are not pushed (this prunes most heap traffic without changing the result).
    private var sinkBound: Int64 = .max

    init(rows: Int, capacities: [Int]) {
        let columns = capacities.count
        rowPrice = [Int64](repeating: 0, count: rows)
        columnPrice = [Int64](repeating: 0, count: columns)
        columnOf = [Int32](repeating: Self.unassigned, count: rows)
        rowsOf = [[Int32]](repeating: [], count: columns)
        capacity = capacities
        distance = [Int64](repeating: .max, count: columns)
        predecessor = [Int32](repeating: -1, count: columns)
        settled = [Bool](repeating: false, count: columns)
    }

    mutating func solve(_ graph: CandidateGraph) {
        for row in 0..<columnOf.count { assign(row, graph) }
    }

    /// Places `row`, possibly moving earlier rows along a shortest path.
    private mutating func assign(_ row: Int, _ graph: CandidateGraph) {
        let columns = Int32(capacity.count)
        // Make the new row's reduced costs non-negative, as Dijkstra needs.
        var price: Int64 = 0
        for e in graph.rowStart[row]..<graph.rowEnd[row] {
            price = Swift.min(price, graph.cost[e] - columnPrice[Int(graph.column[e])])
        }
        rowPrice[row] = price
        if assignDirectly(row, graph) { return }
        reached.removeAll(keepingCapacity: true)
        settledColumns.removeAll(keepingCapacity: true)
        reached.append((Int32(row), 0))
        sinkBound = .max
        scan(row, at: 0, graph)
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
            if rowsOf[j].count < capacity[j] {
                sink = id
                pathLength = key
                break
            }
            for occupant in rowsOf[j] {
                reached.append((occupant, key))
                scan(Int(occupant), at: key, graph)
            }
        }
        // The row's own unmatched option is always in the heap, so a sink is always found.
        for (i, d) in reached { rowPrice[Int(i)] += pathLength - d }
        for j in settledColumns { columnPrice[Int(j)] -= pathLength - distance[Int(j)] }
        augment(from: sink, columns: columns)
        for j in touched {
            distance[Int(j)] = .max
            settled[Int(j)] = false
        }
        touched.removeAll(keepingCapacity: true)
        heap.removeAll()
    }

    /// The common easy case without Dijkstra: the row's cheapest column has room, so the
    /// shortest path is that one edge (its reduced cost is 0 after pricing the row).
    private mutating func assignDirectly(_ row: Int, _ graph: CandidateGraph) -> Bool {
        let price = rowPrice[row]
        for e in graph.rowStart[row]..<graph.rowEnd[row] {
            let j = Int(graph.column[e])
            guard graph.cost[e] - price - columnPrice[j] == 0 else { continue }
            // The first tight column in row order is the one the heap would pop first only if it
            // has the lowest index among tight ones; rows are stored in column order, so it does.
            guard rowsOf[j].count < capacity[j] else { return false }
            columnOf[row] = Int32(j)
            rowsOf[j].append(Int32(row))
            return true
        }
        return false
    }

    private mutating func scan(_ row: Int, at base: Int64, _ graph: CandidateGraph) {
        let price = rowPrice[row]
        for e in graph.rowStart[row]..<graph.rowEnd[row] {
            let j = Int(graph.column[e])
            if settled[j] { continue }
            let d = base + graph.cost[e] - price - columnPrice[j]
            if d < distance[j] && d <= sinkBound {
                if distance[j] == .max { touched.append(Int32(j)) }
                distance[j] = d
                predecessor[j] = Int32(row)
                heap.push(d, Int32(j))
                if rowsOf[j].count < capacity[j] { sinkBound = d }
            }
        }
        let unmatched = base - price
        if unmatched <= sinkBound {
            sinkBound = unmatched
            heap.push(unmatched, Int32(capacity.count + row))
        }
    }

    /// Shifts rows along the path ending at `sink` (a column with room, or a row's unmatched option).
    private mutating func augment(from sink: Int32, columns: Int32) {
        var column: Int32
        if sink >= columns {
            let row = Int(sink - columns)
            let previous = columnOf[row]
            columnOf[row] = Self.unmatched
            guard previous >= 0 else { return }
            remove(Int32(row), from: previous)
            column = previous
        } else {
            column = sink
        }
        while true {
            let row = predecessor[Int(column)]
            let previous = columnOf[Int(row)]
            columnOf[Int(row)] = column
            rowsOf[Int(column)].append(row)
            guard previous >= 0 else { return }
            remove(row, from: previous)
            column = previous
        }
    }

    private mutating func remove(_ row: Int32, from column: Int32) {
        guard let index = rowsOf[Int(column)].firstIndex(of: row) else { return }
        rowsOf[Int(column)].swapAt(index, rowsOf[Int(column)].count - 1)
        rowsOf[Int(column)].removeLast()
    }
}

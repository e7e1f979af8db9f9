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
    private let capacity: [Int]

    init(rows: Int, capacities: [Int]) {
        rowPrice = [Int64](repeating: 0, count: rows)
        columnPrice = [Int64](repeating: 0, count: capacities.count)
        columnOf = [Int32](repeating: Self.unassigned, count: rows)
        capacity = capacities
    }

    /// Places every row in turn. The work happens on raw buffers (`PathSearch`): this is the
    /// solver's innermost loop, and array writes through `self` cost a uniqueness check each.
    mutating func solve(_ graph: CandidateGraph) {
        guard !columnOf.isEmpty else { return }
        guard !capacity.isEmpty else {
            // Nowhere to go: every row takes its unmatched option.
            columnOf = [Int32](repeating: Self.unmatched, count: columnOf.count)
            return
        }
        let capacity = capacity
        graph.rowStart.withUnsafeBufferPointer { rowStart in
            graph.rowEnd.withUnsafeBufferPointer { rowEnd in
                graph.rowGroup.withUnsafeBufferPointer { rowGroup in
                    graph.column.withUnsafeBufferPointer { column in
                        graph.cost.withUnsafeBufferPointer { cost in
                            capacity.withUnsafeBufferPointer { capacity in
                                rowPrice.withUnsafeMutableBufferPointer { rowPrice in
                                    columnPrice.withUnsafeMutableBufferPointer { columnPrice in
                                        columnOf.withUnsafeMutableBufferPointer { columnOf in
                                            let edges = BorrowedEdges(
                                                rowStart: rowStart, rowEnd: rowEnd, rowGroup: rowGroup,
                                                groupCount: graph.groupCount, column: column, cost: cost)
                                            var search = PathSearch(
                                                edges: edges, capacity: capacity, rowPrice: rowPrice,
                                                columnPrice: columnPrice, columnOf: columnOf)
                                            defer { search.deallocate() }
                                            for row in 0..<rowPrice.count { search.assign(row) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The candidate graph's arrays, borrowed for one `solve`.
struct BorrowedEdges {
    let rowStart: UnsafeBufferPointer<Int>
    let rowEnd: UnsafeBufferPointer<Int>
    let rowGroup: UnsafeBufferPointer<Int32>
    let groupCount: Int
    let column: UnsafeBufferPointer<Int32>
    let cost: UnsafeBufferPointer<Int64>
}

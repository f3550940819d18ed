/// A flow network solved for a maximum flow of minimum cost by successive shortest paths.
///
/// Each round runs Dijkstra's algorithm on reduced costs (node potentials keep them non-negative),
/// stops as soon as the sink is settled, and augments along the path found by its bottleneck. Starting
/// from non-negative edge costs, the flow after each round is a minimum-cost flow of its value, so the
/// final flow is a maximum flow and, among maximum flows, one of minimum cost.
///
/// - Complexity: O(F · E log V) for a flow of value F, usually far less because a round augments by
///   the path's bottleneck and Dijkstra stops at the sink.
struct MinCostFlow {
    /// A capacity that no flow in a matching network reaches.
    static let unbounded = Int(Int32.max)

    /// Whether every edge is stored the other way round, so that the solver searches from the
    /// network's sink side; the optimum is the same, only the work differs.
    var isReversed = false

    private var target: [Int] = []
    private var residual: [Int] = []
    private var cost: [FlowCost] = []
    private var adjacency: [[Int]] = []

    /// The number of nodes.
    var nodeCount: Int { adjacency.count }

    /// The number of edges, reverse edges included.
    var edgeCount: Int { target.count }

    /// Adds a node and returns its index.
    mutating func addNode() -> Int {
        adjacency.append([])
        return adjacency.count - 1
    }

    /// Adds an edge with a non-negative cost and returns its index (its reverse edge is `index ^ 1`).
    @discardableResult
    mutating func addEdge(from start: Int, to end: Int, capacity: Int, cost edgeCost: FlowCost) -> Int {
        let (source, destination) = isReversed ? (end, start) : (start, end)
        let index = target.count
        target.append(destination)
        residual.append(capacity)
        cost.append(edgeCost)
        adjacency[source].append(index)
        target.append(source)
        residual.append(0)
        cost.append(FlowCost.zero - edgeCost)
        adjacency[destination].append(index + 1)
        return index
    }

    /// The flow on the edge `edge` (an index `addEdge` returned).
    func flow(on edge: Int) -> Int { residual[edge ^ 1] }

    /// The node the edge `edge` leads to, as stored (from its end when the network is reversed).
    func destination(of edge: Int) -> Int { target[edge] }

    /// The stored edges leaving `node` that were added with `addEdge`, in the order they were added.
    func edges(from node: Int) -> [Int] { adjacency[node].filter { $0 & 1 == 0 } }

    /// Sends as much flow as possible from `start` to `end` at the least cost and returns its value.
    @discardableResult
    mutating func solve(from start: Int, to end: Int) -> Int {
        isReversed ? solve(source: end, sink: start) : solve(source: start, sink: end)
    }

    private mutating func solve(source: Int, sink: Int) -> Int {
        let count = nodeCount
        var potential = [FlowCost](repeating: .zero, count: count)
        var distance = [FlowCost](repeating: .zero, count: count)
        var reached = [Bool](repeating: false, count: count)
        var settled = [Bool](repeating: false, count: count)
        var parent = [Int](repeating: -1, count: count)
        var heap = FlowHeap()
        var total = 0
        while true {
            for node in 0..<count {
                reached[node] = false
                settled[node] = false
                parent[node] = -1
            }
            heap.removeAll()
            distance[source] = .zero
            reached[source] = true
            heap.push(.zero, source)
            while let (nodeDistance, node) = heap.pop() {
                if settled[node] || distance[node] != nodeDistance { continue }
                settled[node] = true
                if node == sink { break }
                let base = nodeDistance + potential[node]
                for edge in adjacency[node] where residual[edge] > 0 {
                    let next = target[edge]
                    if settled[next] { continue }
                    let candidate = base + cost[edge] - potential[next]
                    if !reached[next] || candidate < distance[next] {
                        reached[next] = true
                        distance[next] = candidate
                        parent[next] = edge
                        heap.push(candidate, next)
                    }
                }
            }
            guard settled[sink] else { break }
            // Nodes not settled before the sink move by the sink's distance: every reduced cost stays
            // non-negative (an unsettled node's true distance is at least the sink's).
            let sinkDistance = distance[sink]
            for node in 0..<count {
                potential[node] = potential[node] + (settled[node] ? distance[node] : sinkDistance)
            }
            var bottleneck = Int.max
            var node = sink
            while node != source {
                let edge = parent[node]
                bottleneck = min(bottleneck, residual[edge])
                node = target[edge ^ 1]
            }
            node = sink
            while node != source {
                let edge = parent[node]
                residual[edge] -= bottleneck
                residual[edge ^ 1] += bottleneck
                node = target[edge ^ 1]
            }
            total += bottleneck
            total += augmentAdmissiblePaths(source: source, sink: sink, potential: potential)
        }
        return total
    }

    /// Augments along further paths whose edges all have zero reduced cost, and returns the flow added.
    ///
    /// After the potentials are updated, those paths are shortest paths too, and augmenting along
    /// them keeps every reduced cost non-negative, so the flow stays of minimum cost for its value.
    /// A depth-first search with a current-edge pointer per node (as in Dinic's method) finds them;
    /// a node from which the sink cannot be reached is not visited again in the round.
    private mutating func augmentAdmissiblePaths(source: Int, sink: Int, potential: [FlowCost]) -> Int {
        var pointer = [Int](repeating: 0, count: nodeCount)
        var blocked = [Bool](repeating: false, count: nodeCount)
        var onPath = [Bool](repeating: false, count: nodeCount)
        var added = 0
        while true {
            var path: [Int] = []
            var node = source
            onPath[source] = true
            while node != sink {
                var advanced = false
                while pointer[node] < adjacency[node].count {
                    let edge = adjacency[node][pointer[node]]
                    let next = target[edge]
                    if residual[edge] > 0, !blocked[next], !onPath[next],
                        cost[edge] + potential[node] - potential[next] == .zero
                    {
                        path.append(edge)
                        onPath[next] = true
                        node = next
                        advanced = true
                        break
                    }
                    pointer[node] += 1
                }
                if advanced { continue }
                blocked[node] = true
                onPath[node] = false
                guard let last = path.popLast() else { return added }
                node = target[last ^ 1]
                pointer[node] += 1
            }
            let amount = path.reduce(Int.max) { min($0, residual[$1]) }
            for edge in path {
                residual[edge] -= amount
                residual[edge ^ 1] += amount
                onPath[target[edge]] = false
            }
            onPath[source] = false
            added += amount
        }
    }
}

/// The matching of one theme's requests to its offers, solved exactly as a minimum-cost maximum flow.
///
/// Requests from the same locality naming the same item are interchangeable, and so are offers from the
/// same locality naming the same item, so the network has one node per such class and group:
///
/// ```
/// source -> request class (capacity: its requests)
///        -> hub of an other sub-region's offers (cost: one crossing)      -> offer group
///        -> prefix or suffix chain of the own sub-region's offers (no cost) -> offer group
/// offer group -> sink (capacity: the offers' capacities; cost: score deficit, stable order)
/// ```
///
/// Offers are bucketed by sub-region and item. Within the requester's own sub-region the offer groups
/// of a bucket are ordered by locality, and the groups before and after the requester's own locality
/// are reached through a prefix and a suffix chain, which leaves out exactly the requester's own offers
/// with O(1) edges per request class. Every source-sink path therefore stands for an eligible pair
/// (same theme, different localities, compatible items) and costs exactly what that pair costs, so a
/// minimum-cost maximum flow of this network is an optimal plan.
struct ThemeMatching {
    /// The theme's requests, in stable order.
    var requests: [MarketPlaceEntry]
    /// The theme's offers, in stable order.
    var offers: [MarketPlaceEntry]
    /// The sub-region of a locality code.
    var subRegion: (String) -> String
    /// How far a locality's score on the theme falls below the best, in thousandths.
    var scoreDeficit: (String) -> Int

    private struct ClassKey: Hashable {
        var locality: String
        var item: String?
    }

    private struct BucketKey: Hashable {
        var subRegion: String
        var item: String?
    }

    private struct Bucket {
        var groups: [Int] = []
        var hub = -1
        var prefix: [Int] = []
        var suffix: [Int] = []
    }

    /// For each request, the index of the offer it is matched to, or `nil`.
    func assignments() -> [Int?] {
        let (groupKeys, groupOffers) = Self.classes(of: offers)
        let (classKeys, classRequests) = Self.classes(of: requests)
        var network = MinCostFlow()
        // Search from the scarcer side: Dijkstra then reaches the other side, which has room left, quickly.
        let capacity = offers.reduce(0) { $0 + max(0, $1.capacity) }
        network.isReversed = capacity < requests.count
        let source = network.addNode()
        let sink = network.addNode()

        var groupNode: [Int] = []
        var groupOfNode: [Int: Int] = [:]
        for (index, key) in groupKeys.enumerated() {
            let node = network.addNode()
            groupNode.append(node)
            groupOfNode[node] = index
            let capacity = groupOffers[index].reduce(0) { $0 + max(0, offers[$1].capacity) }
            let cost = FlowCost(crossings: 0, scoreDeficit: scoreDeficit(key.locality), order: index)
            network.addEdge(from: node, to: sink, capacity: capacity, cost: cost)
        }

        var bucketOrder: [BucketKey] = []
        var buckets: [BucketKey: Bucket] = [:]
        for (index, key) in groupKeys.enumerated() {
            let bucketKey = BucketKey(subRegion: subRegion(key.locality), item: key.item)
            if buckets[bucketKey] == nil { bucketOrder.append(bucketKey) }
            buckets[bucketKey, default: Bucket()].groups.append(index)
        }
        for key in bucketOrder {
            guard var bucket = buckets[key] else { continue }
            bucket.hub = network.addNode()
            for group in bucket.groups {
                network.addEdge(from: bucket.hub, to: groupNode[group], capacity: MinCostFlow.unbounded, cost: .zero)
            }
            // prefix[k] reaches groups 0..<k; suffix[k] reaches groups k..<count.
            bucket.prefix = [-1]
            for (position, group) in bucket.groups.enumerated() {
                let node = network.addNode()
                network.addEdge(from: node, to: groupNode[group], capacity: MinCostFlow.unbounded, cost: .zero)
                if position > 0 {
                    network.addEdge(
                        from: node, to: bucket.prefix[position], capacity: MinCostFlow.unbounded, cost: .zero)
                }
                bucket.prefix.append(node)
            }
            bucket.suffix = Array(repeating: -1, count: bucket.groups.count)
            for position in bucket.groups.indices.reversed() {
                let node = network.addNode()
                network.addEdge(
                    from: node, to: groupNode[bucket.groups[position]], capacity: MinCostFlow.unbounded, cost: .zero)
                if position + 1 < bucket.groups.count {
                    network.addEdge(
                        from: node, to: bucket.suffix[position + 1], capacity: MinCostFlow.unbounded, cost: .zero)
                }
                bucket.suffix[position] = node
            }
            buckets[key] = bucket
        }

        let crossing = FlowCost(crossings: 1, scoreDeficit: 0, order: 0)
        var classOfNode: [Int: Int] = [:]
        for (index, key) in classKeys.enumerated() {
            let node = network.addNode()
            classOfNode[node] = index
            network.addEdge(from: source, to: node, capacity: classRequests[index].count, cost: .zero)
            let ownSubRegion = subRegion(key.locality)
            for bucketKey in bucketOrder where key.item == nil || bucketKey.item == nil || bucketKey.item == key.item {
                guard let bucket = buckets[bucketKey] else { continue }
                if bucketKey.subRegion != ownSubRegion {
                    network.addEdge(from: node, to: bucket.hub, capacity: MinCostFlow.unbounded, cost: crossing)
                    continue
                }
                let localities = bucket.groups.map { groupKeys[$0].locality }
                let lower = localities.firstIndex { $0 >= key.locality } ?? localities.count
                let upper = localities.firstIndex { $0 > key.locality } ?? localities.count
                if lower > 0 {
                    network.addEdge(from: node, to: bucket.prefix[lower], capacity: MinCostFlow.unbounded, cost: .zero)
                }
                if upper < localities.count {
                    network.addEdge(from: node, to: bucket.suffix[upper], capacity: MinCostFlow.unbounded, cost: .zero)
                }
            }
        }

        network.solve(from: source, to: sink)
        let pairs = Self.decompose(
            network, start: network.isReversed ? sink : source, end: network.isReversed ? source : sink,
            classOfNode: classOfNode, groupOfNode: groupOfNode)

        var result = [Int?](repeating: nil, count: requests.count)
        var nextRequest = [Int](repeating: 0, count: classKeys.count)
        var used = [Int](repeating: 0, count: offers.count)
        for pair in pairs {
            var remaining = pair.amount
            for offer in groupOffers[pair.group] where remaining > 0 {
                while remaining > 0, used[offer] < offers[offer].capacity,
                    nextRequest[pair.requestClass] < classRequests[pair.requestClass].count
                {
                    result[classRequests[pair.requestClass][nextRequest[pair.requestClass]]] = offer
                    nextRequest[pair.requestClass] += 1
                    used[offer] += 1
                    remaining -= 1
                }
            }
        }
        return result
    }

    /// Splits the flow into paths between the stored start and end, as (request class, offer group,
    /// amount), sorted.
    private static func decompose(
        _ network: MinCostFlow, start: Int, end: Int, classOfNode: [Int: Int], groupOfNode: [Int: Int]
    ) -> [(requestClass: Int, group: Int, amount: Int)] {
        var remaining = [Int](repeating: 0, count: network.edgeCount)
        for edge in stride(from: 0, to: network.edgeCount, by: 2) { remaining[edge] = network.flow(on: edge) }
        var amounts: [Int: [Int: Int]] = [:]
        for firstEdge in network.edges(from: start) {
            let first = network.destination(of: firstEdge)
            while remaining[firstEdge] > 0 {
                var path = [firstEdge]
                var node = first
                var last = first
                while node != end {
                    guard let edge = network.edges(from: node).first(where: { remaining[$0] > 0 }) else { break }
                    last = node
                    path.append(edge)
                    node = network.destination(of: edge)
                }
                let amount = path.map { remaining[$0] }.min() ?? 0
                let ends = [first, last]
                guard node == end, amount > 0, let requestClass = ends.compactMap({ classOfNode[$0] }).first,
                    let group = ends.compactMap({ groupOfNode[$0] }).first
                else { break }
                for edge in path { remaining[edge] -= amount }
                amounts[requestClass, default: [:]][group, default: 0] += amount
            }
        }
        return amounts.keys.sorted().flatMap { requestClass in
            (amounts[requestClass] ?? [:]).sorted { $0.key < $1.key }.map {
                (requestClass: requestClass, group: $0.key, amount: $0.value)
            }
        }
    }

    /// Entries grouped by locality and item, in order of first appearance.
    private static func classes(of entries: [MarketPlaceEntry]) -> (keys: [ClassKey], members: [[Int]]) {
        var keys: [ClassKey] = []
        var members: [[Int]] = []
        var index: [ClassKey: Int] = [:]
        for (position, entry) in entries.enumerated() {
            let key = ClassKey(locality: entry.localityCode, item: entry.itemID)
            if let existing = index[key] {
                members[existing].append(position)
            } else {
                index[key] = keys.count
                keys.append(key)
                members.append([position])
            }
        }
        return (keys, members)
    }
}

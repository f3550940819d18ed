/// A binary min-heap of nodes keyed by their tentative distance, for Dijkstra's algorithm.
struct FlowHeap {
    private var keys: [FlowCost] = []
    private var nodes: [Int] = []

    /// Empties the heap, keeping its storage.
    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        nodes.removeAll(keepingCapacity: true)
    }

    /// Adds `node` with the key `key`.
    mutating func push(_ key: FlowCost, _ node: Int) {
        keys.append(key)
        nodes.append(node)
        var child = keys.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard keys[child] < keys[parent] else { break }
            keys.swapAt(child, parent)
            nodes.swapAt(child, parent)
            child = parent
        }
    }

    /// Removes and returns the node with the smallest key, or `nil` when the heap is empty.
    mutating func pop() -> (FlowCost, Int)? {
        guard let lastKey = keys.last, let lastNode = nodes.last else { return nil }
        let top = (keys[0], nodes[0])
        keys.removeLast()
        nodes.removeLast()
        if keys.isEmpty { return top }
        keys[0] = lastKey
        nodes[0] = lastNode
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var smallest = parent
            if left < keys.count, keys[left] < keys[smallest] { smallest = left }
            if right < keys.count, keys[right] < keys[smallest] { smallest = right }
            if smallest == parent { break }
            keys.swapAt(parent, smallest)
            nodes.swapAt(parent, smallest)
            parent = smallest
        }
        return top
    }
}

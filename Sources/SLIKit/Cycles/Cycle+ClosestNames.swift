extension Cycle {
    /// The names of the `cycles` closest to `name` (at most three, closest first), for a name that matched
    /// none: those within a few edits of it (one per three characters, at least one, at most three),
    /// case, spaces and punctuation aside.
    public static func names(closestTo name: String, among cycles: [Cycle]) -> [String] {
        let key = LocalityName.key(name)
        guard !key.isEmpty else { return [] }
        let allowed = min(3, max(1, key.count / 3))
        let scored = cycles.compactMap { cycle -> (name: String, score: Int)? in
            let score = LocalityName.distance(key, LocalityName.key(cycle.name))
            return score <= allowed ? (cycle.name, score) : nil
        }
        return scored.sorted { ($0.score, $0.name) < ($1.score, $1.name) }.prefix(3).map(\.name)
    }
}

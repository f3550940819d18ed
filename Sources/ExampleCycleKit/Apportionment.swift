/// Shares a whole-number total out in proportion to weights, exactly (largest remainder method).
enum Apportionment {
    /// Whole numbers proportional to `weights` that add up to `total` exactly.
    ///
    /// Ties in the remainders go to the earlier weight, so the result is deterministic.
    static func share(_ total: Int, by weights: [Double]) -> [Int] {
        let sum = weights.reduce(0, +)
        guard total > 0, sum > 0 else { return weights.map { _ in 0 } }
        let quotas = weights.map { Double(total) * $0 / sum }
        var shares = quotas.map { Int($0.rounded(.down)) }
        let remainders = quotas.enumerated().map { ($0.offset, $0.element - $0.element.rounded(.down)) }
        let order = remainders.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        for index in order.prefix(total - shares.reduce(0, +)) {
            shares[index.0] += 1
        }
        return shares
    }
}

/// A position in a ranking where ties share a place (competition ranking: 1, 2=, 2=, 4).
public struct Rank: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The position, 1 for the highest.
    public var position: Int
    /// Whether another entry shares the position.
    public var tied: Bool
    /// How many entries were ranked.
    public var outOf: Int

    /// A rank with the given position.
    public init(position: Int, tied: Bool, outOf: Int) {
        self.position = position
        self.tied = tied
        self.outOf = outOf
    }

    /// `1` or `1=` for a shared place.
    public var description: String { tied ? "\(position)=" : "\(position)" }

    /// Competition ranks of `values`, highest first; `nil` values are not ranked.
    ///
    /// Values within ``Scorer/tolerance`` of each other are ties. Ties share the best position of their
    /// group and the next group's position skips past them (1=, 1=, 3).
    /// - Complexity: O(n log n).
    public static func competition(_ values: [Double?]) -> [Rank?] {
        let ranked = values.indices.compactMap { index in values[index].map { (index, $0) } }
            .sorted { $0.1 > $1.1 }
        var ranks = [Rank?](repeating: nil, count: values.count)
        var start = 0
        while start < ranked.count {
            var end = start + 1
            while end < ranked.count, ranked[start].1 - ranked[end].1 <= Scorer.tolerance { end += 1 }
            for member in ranked[start..<end] {
                ranks[member.0] = Rank(position: start + 1, tied: end - start > 1, outOf: ranked.count)
            }
            start = end
        }
        return ranks
    }
}

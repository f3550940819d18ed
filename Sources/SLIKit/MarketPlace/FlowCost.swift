/// The cost of sending one unit of flow along an edge of the matching network, compared lexicographically.
///
/// The Market Place objective has three levels below "match as many requests as possible": fewer
/// matches crossing sub-regions, then a higher self-assessed score of the offering locality, then a
/// stable order of offers. Rather than scaling the levels into one integer (which needs a bound on the
/// instance to rule out overflow), the cost is the vector of the three levels, ordered
/// lexicographically. `(Z^3, +, lexicographic <)` is a totally ordered abelian group: `a < b` implies
/// `a + c < b + c`. Every step of the successive-shortest-path method (Dijkstra on reduced costs,
/// potentials, the optimality condition "no negative residual cycle") uses only addition, subtraction
/// and that order, so the method stays exact over this group: it is the same as scaling the levels by
/// weights large enough that no lower level can ever outweigh a higher one, without having to choose
/// the weights.
struct FlowCost: Sendable, Hashable, Comparable {
    /// The number of matches that cross sub-regions.
    var crossings: Int
    /// The total shortfall of the offering localities' scores below the best score on the theme,
    /// in thousandths.
    var scoreDeficit: Int
    /// The sum of the offers' places in the stable order of offers.
    var order: Int

    /// No cost.
    static let zero = FlowCost(crossings: 0, scoreDeficit: 0, order: 0)

    static func + (lhs: FlowCost, rhs: FlowCost) -> FlowCost {
        FlowCost(
            crossings: lhs.crossings + rhs.crossings, scoreDeficit: lhs.scoreDeficit + rhs.scoreDeficit,
            order: lhs.order + rhs.order)
    }

    static func - (lhs: FlowCost, rhs: FlowCost) -> FlowCost {
        FlowCost(
            crossings: lhs.crossings - rhs.crossings, scoreDeficit: lhs.scoreDeficit - rhs.scoreDeficit,
            order: lhs.order - rhs.order)
    }

    static func * (lhs: FlowCost, rhs: Int) -> FlowCost {
        FlowCost(crossings: lhs.crossings * rhs, scoreDeficit: lhs.scoreDeficit * rhs, order: lhs.order * rhs)
    }

    static func < (lhs: FlowCost, rhs: FlowCost) -> Bool {
        (lhs.crossings, lhs.scoreDeficit, lhs.order) < (rhs.crossings, rhs.scoreDeficit, rhs.order)
    }
}

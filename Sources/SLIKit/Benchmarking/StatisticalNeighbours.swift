import Foundation

/// For each locality, the most similar localities on a chosen set of indicators.
///
/// Each indicator is standardised across the localities (z-score: subtract the mean, divide by the sample
/// standard deviation) so that indicators on different scales weigh the same; the distance between two
/// localities is the Euclidean distance between their standardised values. Indicators that do not vary
/// are left out. Only localities with a value on every chosen indicator take part. Ties in distance are
/// broken by ONS code, so the result never depends on input order.
public struct StatisticalNeighbours: Sendable, Hashable {
    /// A neighbour and how far it is.
    public struct Neighbour: Sendable, Hashable, Codable {
        /// The neighbour's ONS code.
        public var localityCode: String
        /// The standardised Euclidean distance.
        public var distance: Double

        /// A neighbour at the given distance.
        public init(localityCode: String, distance: Double) {
            self.localityCode = localityCode
            self.distance = distance
        }
    }

    /// The nearest neighbours of each locality, nearest first.
    public var neighbours: [String: [Neighbour]]

    /// The `count` nearest neighbours of each locality in `values` (locality code → indicator → value),
    /// measured on `indicators`.
    public init(values: [String: [String: Double]], indicators: [String], count: Int) {
        let codes = values.keys.sorted().filter { code in indicators.allSatisfy { values[code]?[$0] != nil } }
        var columns: [[Double]] = []
        for indicator in indicators {
            let column = codes.map { values[$0]?[indicator] ?? 0 }
            guard column.count > 1 else { continue }
            let mean = column.reduce(0, +) / Double(column.count)
            let variance = column.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(column.count - 1)
            guard variance > 0 else { continue }
            let deviation = sqrt(variance)
            columns.append(column.map { ($0 - mean) / deviation })
        }
        var neighbours: [String: [Neighbour]] = [:]
        for (index, code) in codes.enumerated() {
            let others = codes.indices.filter { $0 != index }.map { other in
                let squares = columns.map { ($0[index] - $0[other]) * ($0[index] - $0[other]) }
                return Neighbour(localityCode: codes[other], distance: sqrt(squares.reduce(0, +)))
            }
            neighbours[code] = Array(
                others.sorted {
                    $0.distance != $1.distance ? $0.distance < $1.distance : $0.localityCode < $1.localityCode
                }.prefix(max(0, count)))
        }
        self.neighbours = neighbours
    }
}

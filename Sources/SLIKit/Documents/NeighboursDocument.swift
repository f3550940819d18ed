import Foundation

/// One locality's statistical neighbours as JSON.
public struct NeighboursDocument: Encodable, Sendable {
    /// The locality's ONS code.
    public var locality: String
    /// The indicators the distance is measured on.
    public var indicators: [String]
    /// The nearest localities, nearest first.
    public var neighbours: [StatisticalNeighbours.Neighbour]

    /// The document of `locality`'s `neighbours` on `indicators`.
    public init(locality: String, indicators: [String], neighbours: [StatisticalNeighbours.Neighbour]) {
        self.locality = locality
        self.indicators = indicators
        self.neighbours = neighbours
    }
}

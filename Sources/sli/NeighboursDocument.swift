import Foundation
import SLIKit

/// One locality's statistical neighbours as JSON.
struct NeighboursDocument: Encodable {
    var locality: String
    var indicators: [String]
    var neighbours: [StatisticalNeighbours.Neighbour]
}

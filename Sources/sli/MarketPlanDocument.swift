import Foundation
import SLIKit

/// The JSON form of a Market Place plan.
struct MarketPlanDocument: Encodable {
    var cycle: String
    var kind: String
    var audience: String
    var plan: MatchPlan
}

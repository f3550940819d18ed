import Foundation
import SLIKit

/// The JSON form of `sli actions status`: per locality with a plan, where each local recommendation stands.
struct ActionStatusDocument: Encodable {
    /// One locality with an action plan.
    struct Locality: Encodable {
        var code: String
        var name: String
        var entries: [Entry]
    }

    /// One local recommendation and the plan rows whose actions serve it.
    struct Entry: Encodable {
        var theme: String
        var item: String
        var state: String
        var actionRows: [Int]
    }

    var cycle: String
    var asOf: String
    var localities: [Locality]
    /// The ONS codes of the localities with no action plan.
    var withoutPlan: [String]
}

import Foundation
import Yams

/// What the bundled example cycle is made of: the region, framework, dates and the published totals
/// the synthetic data must add up to.
///
/// Loaded from `regions/examples/<name>.yaml`.
public struct ExamplePlan: Sendable, Hashable, Decodable {
    /// One round of the example: the baseline review or its follow-up.
    public struct Round: Sendable, Hashable, Decodable {
        /// The cycle's name.
        public var name: String
        /// The date workbooks are due back.
        public var deadline: String
        /// The date the example's workbooks are received.
        public var received: String

        /// The year of the round's deadline.
        public var year: Int { Int(deadline.prefix(4)) ?? 0 }
    }

    /// Market Place totals.
    public struct Market: Sendable, Hashable, Decodable {
        /// Requests for further information across all localities.
        public var requests: Int
        /// Offers of support across all localities.
        public var offers: Int
    }

    /// The child death review figures the indicators must agree with.
    public struct ChildDeathReviews: Sendable, Hashable, Decodable {
        /// The period the figures cover, e.g. `2014/15`.
        public var period: String
        /// Infant deaths reviewed across the whole region.
        public var infantDeathsReviewed: Int
        /// The percentage of those deaths with at least one modifiable factor.
        public var modifiablePercent: Int
    }

    /// England's figures, the national benchmark.
    public struct England: Sendable, Hashable, Decodable {
        /// Live births in the period.
        public var births: Int
        /// Deaths under one year.
        public var infantDeaths: Int
        /// Deaths under 28 days.
        public var neonatalDeaths: Int
        /// Stillbirths.
        public var stillbirths: Int
        /// The proportion of mothers smoking at the time of delivery.
        public var smokingAtDelivery: Double
        /// The proportion of babies whose first feed is breast milk.
        public var breastfeedingInitiation: Double
        /// The proportion of term babies born under 2,500 g.
        public var lowBirthWeightTerm: Double
        /// Conceptions to women aged under 18.
        public var under18Conceptions: Int
        /// Women aged 15 to 17.
        public var womenAged15To17: Int
        /// Sudden unexpected deaths in infancy.
        public var suddenUnexpectedDeaths: Int
    }

    /// The seed every synthetic value is drawn from.
    public var seed: UInt64
    /// The region's identifier.
    public var region: String
    /// The framework's identifier.
    public var framework: String
    /// The baseline review.
    public var baseline: Round
    /// The follow-up twelve months later.
    public var followUp: Round
    /// ONS codes of the localities that did not take part.
    public var absent: [String]
    /// Market Place totals.
    public var market: Market
    /// Child death review totals.
    public var cdop: ChildDeathReviews
    /// Annual live births by ONS code.
    public var births: [String: Int]
    /// England's benchmark figures.
    public var england: England

    /// Loads a plan from a YAML file.
    ///
    /// - Throws: `ExampleCycleError.unreadablePlan` naming the file and what Yams reported.
    public static func load(from url: URL) throws -> ExamplePlan {
        do {
            let text = try String(contentsOf: url, encoding: .utf8)
            return try YAMLDecoder().decode(ExamplePlan.self, from: text)
        } catch {
            throw ExampleCycleError.unreadablePlan(file: url.lastPathComponent, reason: "\(error)")
        }
    }
}

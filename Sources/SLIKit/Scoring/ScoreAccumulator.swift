/// Running weighted sums for one score.
struct ScoreAccumulator {
    var weightedSum = 0.0
    var weights = 0.0
    var rated = 0
    var notApplicable = 0
    var unanswered = 0

    mutating func add(_ item: ItemScore, weight: Double) {
        switch item.status {
        case .rated:
            rated += 1
            weightedSum += weight * Double(item.level ?? 0)
            weights += weight
        case .notApplicable: notApplicable += 1
        case .unanswered: unanswered += 1
        }
    }

    func score(maximum: Int) -> Score {
        guard weights > 0 else {
            return Score(
                percentage: nil, meanRating: nil, rated: rated, notApplicable: notApplicable, unanswered: unanswered)
        }
        let mean = weightedSum / weights
        return Score(
            percentage: maximum > 0 ? 100 * mean / Double(maximum) : nil, meanRating: mean, rated: rated,
            notApplicable: notApplicable, unanswered: unanswered)
    }
}

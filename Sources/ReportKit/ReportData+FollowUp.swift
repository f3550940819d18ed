import Foundation
import SLIKit

extension ReportData {
    /// Fills ``followUp`` with what the follow-up evaluation gives: each theme's paired change since the baseline
    /// cycle (the median change, how many localities improved or declined, and the Wilcoxon signed-rank
    /// p-value where there are enough pairs), every item's change, the local recommendations implemented,
    /// the regional recommendations' progress and the indicator changes.
    mutating func addFollowUp(_ followUp: FollowUp, baselineCycleName: String) {
        let comparisons = followUp.themes.filter { comparison in themes.contains { $0.id == comparison.themeID } }
        self.followUp = ReportFollowUp(
            baselineCycleName: baselineCycleName,
            themes: comparisons.map { comparison in
                ReportFollowUpTheme(
                    themeID: comparison.themeID, pairedCount: comparison.localities.count,
                    medianChange: comparison.medianChange ?? 0,
                    improved: comparison.localities.count { $0.change > 0 },
                    declined: comparison.localities.count { $0.change < 0 }, pValue: comparison.test.p)
            },
            changes: comparisons.flatMap { comparison in
                comparison.localities.map {
                    ReportFollowUpChange(
                        localityCode: $0.localityCode, themeID: comparison.themeID, baseline: $0.baselineMean,
                        followUp: $0.followUpMean)
                }
            },
            baselineOnly: followUp.baselineOnly, followUpOnly: followUp.followUpOnly,
            itemChanges: followUp.itemChanges.map {
                ReportFollowUpItem(
                    localityCode: $0.localityCode, themeID: $0.themeID, itemID: $0.itemID, change: $0.change)
            },
            implementation: followUp.implementation, regional: followUp.regional.counts,
            regionalOverdue: followUp.regional.overdue, indicatorChanges: followUp.indicatorChanges,
            indicatorsInOneCycle: followUp.indicatorsInOneCycle.count)
    }
}

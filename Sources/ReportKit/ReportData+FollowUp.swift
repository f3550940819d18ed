import Foundation
import SLIKit

extension ReportData {
    /// Fills ``followUp`` with each theme's paired change since the baseline cycle: the median change,
    /// how many localities improved or declined, and the Wilcoxon signed-rank p-value where there are
    /// enough pairs.
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
            })
    }
}

import Foundation
import SLIKit
import SpreadsheetKit

/// A fresh store file in its own temporary folder, and self-assessments built in code.
struct StoreFixture {
    let directory: URL
    let path: String

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("sli-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent("sli.sqlite").path
    }

    /// A small self-assessment from `localityCode` with a level, a gap and a not-applicable answer.
    static func assessment(localityCode: String = "E08000001", firstRating: Int = 3) -> SelfAssessment {
        SelfAssessment(
            frameworkID: "nw-infant-mortality-2016", frameworkVersion: "1",
            localityCode: localityCode,
            answers: [
                Answer(
                    itemID: "L1", themeID: "co-sleeping", rating: .level(firstRating), evidence: "audit 2015",
                    lead: "Director of Public Health", targetDate: ISODateText.date(year: 2016, month: 9, day: 30),
                    goodPractice: "safe sleep training", supportWanted: nil, source: "Co-sleeping!D7"),
                Answer(itemID: "L2", themeID: "co-sleeping", rating: nil, source: "Co-sleeping!D8"),
                Answer(
                    itemID: "L3", themeID: "smoking", rating: .notApplicable, supportWanted: "data sharing",
                    source: "Smoking!D7"),
            ],
            contributors: ["Public health", "Maternity"],
            marketPlace: [
                MarketPlaceEntry(
                    kind: .offer, localityCode: localityCode, themeID: "co-sleeping", itemID: "L1",
                    title: "Safe sleep", description: "training pack", capacity: 4, source: "Market Place!B7")
            ])
    }

    /// An incoming file for `cycle` holding `assessment`.
    static func incoming(
        cycle: Cycle, bytes: String, assessment: SelfAssessment = StoreFixture.assessment(),
        receivedAt: Date = ISODateText.date(year: 2016, month: 3, day: 1), warnings: [Problem] = []
    ) -> IncomingSubmission {
        IncomingSubmission(
            cycleID: cycle.id, fileName: "Bolton.xml", format: .spreadsheetML, bytes: Data(bytes.utf8),
            receivedAt: receivedAt, submittedBy: "network lead", assessment: assessment, warnings: warnings)
    }
}

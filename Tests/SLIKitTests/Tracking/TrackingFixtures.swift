import Foundation
import Testing

@testable import SLIKit
@testable import SpreadsheetKit

/// A small framework and helpers shared by the tracking tests.
enum TrackingFixtures {
    /// Two themes, five local recommendations (L1-L5) and four regional ones (R1-R4, R4 with no lead).
    static let framework = Framework(
        id: "test-tracking", version: "1", title: "Tracking test framework",
        themes: [
            Theme(
                id: "safer-sleep", name: "Safer sleep",
                items: [
                    Item(id: "L1", text: "Deliver consistent safer sleep messages to all parents"),
                    Item(id: "L2", text: "Review co-sleeping deaths with the child death overview panel"),
                    Item(id: "L3", text: "Name a lead for infant mortality in every partner agency"),
                    Item(id: "R1", text: "Agree regional safer sleep guidance", proposedLead: "CDOPs", role: .tracked),
                    Item(
                        id: "R2", text: "Publish a regional safer sleep campaign", proposedLead: "PHE", role: .tracked),
                ]),
            Theme(
                id: "smoking", name: "Smoking in pregnancy",
                items: [
                    Item(
                        id: "L4",
                        text: "Offer carbon monoxide screening at booking and refer smokers to stop smoking services"),
                    Item(id: "L5", text: "Train staff to give advice on second-hand smoke in the home"),
                    Item(
                        id: "R3", text: "Share incentive schemes across the region", proposedLead: "CDOPs",
                        role: .tracked),
                    Item(id: "R4", text: "Evaluate the incentive schemes", role: .tracked),
                ]),
        ])

    /// UTC midnight of a calendar day.
    static func day(_ year: Int, _ month: Int, _ day: Int) -> Date {
        ISODateText.date(year: year, month: month, day: day)
    }

    /// The fixture file `name` under Fixtures/Tracking.
    static func url(_ name: String) throws -> URL {
        let base = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return base.appendingPathComponent("Tracking").appendingPathComponent(name)
    }

    /// A fixture under Fixtures/Tracking as the readers read it.
    static func workbook(_ name: String) throws -> Workbook {
        try SpreadsheetReader.read(contentsOf: url(name)).workbook
    }
}

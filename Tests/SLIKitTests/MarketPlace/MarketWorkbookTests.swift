import Foundation
import Testing

@testable import SLIKit
@testable import SpreadsheetKit

@Suite("MarketWorkbook")
struct MarketWorkbookTests {
    @Test func writesPlanAndContactsThatReadBack() throws {
        let plan = MarketMatcher(subRegions: [:]).match([
            MarketInstances.request("E02", item: "L1", title: "help"), MarketInstances.offer("E01", title: "we can"),
            MarketInstances.request("E03", "u", title: "more"),
        ])
        let leads = MarketLeads(assessments: MarketSuggesterTests.assessments)
        let planTable = MatchPlanTable(plan: plan, leads: leads)
        let contacts = ContactTable(lists: ContactList.lists(for: plan, leads: leads), themeName: { "theme " + $0 })
        let data = try SpreadsheetWriter.data(
            for: MarketWorkbook.draft(plan: planTable, contacts: contacts), format: .spreadsheetML)
        let workbook = try SpreadsheetReader.read(data: data, fileName: "plan.xml").workbook
        #expect(workbook.sheets.map(\.name) == ["Plan", "Contacts"])
        let sheet = try #require(workbook.sheet(named: "Plan"))
        let rows = (0...2).map { row in (0..<11).map { sheet[row, $0]?.text ?? "" } }
        #expect(
            rows == [
                MatchPlanTable.header,
                ["match", "t", "L1", "E02", "help", "E01", "we can", "yes", "Sam Smith", "Jo Bloggs", ""],
                ["unmatched", "u", "", "E03", "more", "", "", "", "", "", "no offer on this theme"],
            ])
        let contactSheet = try #require(workbook.sheet(named: "Contacts"))
        #expect(
            (0..<10).map { contactSheet[1, $0]?.text ?? "" } == [
                "E01", "contacted by", "E02", "theme t", "L1", "help", "we can", "Sam Smith", "Jo Bloggs", "yes",
            ])
    }
}

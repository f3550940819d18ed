import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SLIKit
import SpreadsheetKit
import Testing

@testable import PortalKit

@Suite("The network lead's scores and indicators")
struct ComparisonPagesTests {
    @Test func theScoresPageRanksEveryLocalityAsSliScoreDoes() async throws {
        let fixture = try await PortalFixture()
        let ingester = Ingester(
            repository: fixture.store, cycle: fixture.cycle, framework: fixture.framework, region: fixture.region,
            submittedBy: "network lead")
        let wigan = await ingester.ingest(try fixture.workbook(PortalFixture.wigan, rating: 1), fileName: "Wigan.xml")
        #expect(!wigan.isRejected)
        let rated = fixture.framework.themes.reduce(0) { $0 + $1.assessedItems.count }
        try await fixture.browse(as: "lead@example.org") { lead in
            let page = try await lead.get("/cycles/\(fixture.cycle.id)/scores")
            #expect(page.status == .ok)
            #expect(page.text.contains("<th>region median</th>"))
            #expect(
                page.text.contains(
                    "<td>Bolton</td><td>E08000001</td><td>overall</td><td>75.0%</td><td>\(rated)</td><td>0</td>"
                        + "<td>0</td><td>1 of 2</td>"))
            #expect(
                page.text.contains(
                    "<td>Wigan</td><td>E08000010</td><td>overall</td><td>25.0%</td><td>\(rated)</td><td>0</td>"
                        + "<td>0</td><td>2 of 2</td>"))
            #expect(page.text.contains("<td>cdop</td><td>L1</td><td>2</td><td>0</td><td>0</td><td>2</td>"))
        }
    }

    @Test func theIndicatorsPageShowsValuesIntervalsAndVerdicts() async throws {
        let fixture = try await PortalFixture()
        let csv = """
            locality,indicator,period,numerator,denominator
            Bolton,infant-mortality,2014/15,40,3600
            Wigan,infant-mortality,2014/15,5,2300
            E92000001,infant-mortality,2014/15,2600,664000

            """
        let read = try SpreadsheetReader.read(data: Data(csv.utf8), fileName: "figures.csv")
        let indicators = try IndicatorSet(catalogDirectory: fixture.catalog.directory)
        let region = fixture.region
        let values = try IndicatorImport(indicators: indicators, region: region) { try region.resolveLocality($0) }
            .read(read.workbook, fileName: "figures.csv", lineNumbers: true)
        try await fixture.store.importIndicatorValues(values, cycleID: fixture.cycle.id, sourceFile: "figures.csv")
        try await fixture.browse(as: "lead@example.org") { lead in
            let page = try await lead.get("/cycles/\(fixture.cycle.id)/indicators")
            #expect(page.status == .ok)
            #expect(page.text.contains("<th>vs region</th><th>vs england</th>"))
            #expect(
                page.text.contains(
                    "<td>infant-mortality</td><td>2014/15</td><td>E08000001</td><td>Bolton</td><td>40</td>"
                        + "<td>3600</td><td>11.11</td>"))
            #expect(page.text.contains("<td>worse at 99.8% (Byar&#39;s method)</td>"))
        }
    }

    @Test func pagesWithNothingToShowSayWhy() async throws {
        let fixture = try await PortalFixture()
        let empty = try await fixture.store.createCycle(
            name: "nw-2017", regionID: fixture.region.id, frameworkID: fixture.framework.id, deadline: nil,
            baselineCycle: nil)
        try await fixture.browse(as: "lead@example.org") { lead in
            let scores = try await lead.get("/cycles/\(empty.id)/scores")
            #expect(
                scores.text.contains("<p>No return has been accepted in nw-2017 yet: there is nothing to score.</p>"))
            let indicators = try await lead.get("/cycles/\(empty.id)/indicators")
            #expect(
                indicators.text.contains(
                    "<p>nw-2017 has no indicator figures yet: the network lead imports them with sli indicators"
                        + " import.</p>"))
        }
    }
}

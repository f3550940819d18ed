import Foundation
import Testing

@testable import ReportKit
@testable import SLIKit

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Report charts and formatting")
struct ChartTests {
    @Test func spreadUsesInterpolatedQuartiles() throws {
        let spread = try #require(ReportSpread.of([4, 1, 3, 2]))
        #expect(
            spread
                == ReportSpread(minimum: 1, lowerQuartile: 1.75, median: 2.5, upperQuartile: 3.25, maximum: 4, count: 4)
        )
        #expect(ReportSpread.of([]) == nil)
        #expect(ReportSpread.of([2])?.median == 2)
    }

    @Test func numbersPrintWithFixedDecimalsAndNoNegativeZero() {
        #expect(ReportNumber.text(2.005, decimals: 1) == "2.0")
        #expect(ReportNumber.text(-0.001, decimals: 2) == "0.00")
        #expect(ReportNumber.text(nil, decimals: 2) == "n/a")
        #expect(ReportNumber.signed(0.25, decimals: 2) == "+0.25")
        #expect(ReportNumber.signed(-0.25, decimals: 2) == "-0.25")
    }

    @Test func pValuesPrintWithThreeSignificantFiguresOrBelowOneThousandth() {
        #expect(ReportNumber.pValue(0.5) == "0.500")
        #expect(ReportNumber.pValue(0.012_34) == "0.0123")
        #expect(ReportNumber.pValue(0.001) == "0.00100")
        #expect(ReportNumber.pValue(0.000_999) == "<0.001")
        #expect(ReportNumber.pValue(0.000_000_4) == "<0.001")
        #expect(ReportNumber.pValue(1) == "1.00")
        #expect(ReportNumber.pValue(0.009_999_9) == "0.0100")
        let table = ReportTable(name: "p", title: "P", columns: ["p"], rows: [[.pValue(0.000_2)], [.pValue(nil)]])
        #expect(table.csv() == "p\r\n<0.001\r\nn/a\r\n")
        #expect(table.json().contains("{\"p\": 0.0002}"))
    }

    @Test func zeroValuesDrawNoBar() {
        func rects(_ values: [Double]) -> Int {
            BarChart(
                id: "bars", title: "T", summary: "S", categories: ["a", "b"],
                series: [.init(name: "n", values: values)],
                axisLabel: "count"
            ).render().components(separatedBy: "<rect").count
        }
        #expect(rects([0, 2]) == rects([1, 2]) - 1)
        #expect(rects([0, 0]) == rects([1, 2]) - 2)
    }

    @Test func barLabelsWrapOntoTheLinesTheyNeedInsteadOfBeingCut() {
        let label = "Local Safeguarding Children Boards; Directors of Public Health; Clinical Commissioning Groups"
        let svg = BarChart(
            id: "bars", title: "T", summary: "S", categories: [label, "short"],
            series: [.init(name: "n", values: [1, 2])], axisLabel: "count"
        ).render()
        #expect(!svg.contains("\u{2026}"))
        #expect(svg.contains(">Local Safeguarding Children</text>"))
        #expect(svg.contains(">Health; Clinical Commissioning</text>"))
        #expect(svg.contains(">Groups</text>"))
        let single = BarChart(
            id: "bars", title: "T", summary: "S", categories: ["short", "short"],
            series: [.init(name: "n", values: [1, 2])], axisLabel: "count"
        ).render()
        #expect(svg.count > single.count)
    }

    @Test func escapingCoversMarkupAndDropsControlCharacters() {
        #expect(Markup.escape("<b> & \"x\" 'y'\u{7}") == "&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39;")
    }

    @Test func scaleTicksAreRound() {
        #expect(ChartScale(domainStart: 0, domainEnd: 4, rangeStart: 0, rangeEnd: 100).ticks(4) == [0, 1, 2, 3, 4])
        #expect(
            ChartScale(domainStart: 0, domainEnd: 16_000, rangeStart: 0, rangeEnd: 1).ticks(6) == [
                0, 5_000, 10_000, 15_000,
            ])
        #expect(ChartScale.niceMaximum(14_300) == 15_000)
    }

    @Test func tickLabelsShowTheirValues() {
        #expect(ChartScale(domainStart: 0, domainEnd: 14.25, rangeStart: 0, rangeEnd: 1).tickDecimals(6) == 1)
        #expect(ChartScale(domainStart: 0, domainEnd: 1.4, rangeStart: 0, rangeEnd: 1).tickDecimals(6) == 2)
        #expect(ChartScale(domainStart: 0, domainEnd: 120, rangeStart: 0, rangeEnd: 1).tickDecimals(6) == 0)
    }

    /// Rates from 0.5 to 13 give a vertical axis of 0 to 14.25 in steps of 2.5: each gridline is labelled
    /// with its own value, not 2, 8 and 12 for 2.5, 7.5 and 12.5.
    @Test func aFunnelWithATickStepOfTwoAndAHalfLabelsItsGridlinesExactly() throws {
        let points = [(0.5, 1_000.0), (4, 3_000), (13, 8_000)].map {
            FunnelChart.Point(label: "area", denominator: $0.1, rate: $0.0, position: .within)
        }
        let svg = FunnelChart(
            id: "f", title: "t", summary: "s", points: points, pooledRate: 5, lines: [], xLabel: "births",
            yLabel: "rate"
        ).render()
        let pattern = /<text x="64" y="[0-9.]+" text-anchor="end" font-size="11" fill="[^"]+">([^<]+)<\/text>/
        let labels = svg.matches(of: pattern).map { String($0.output.1) }
        #expect(labels == ["0.0", "2.5", "5.0", "7.5", "10.0", "12.5"])
    }

    @Test func chartsEscapeTheirTextAndCarryAccessibleNames() {
        let svg = BarChart(
            id: "bars", title: "A < B & C", summary: "two \"bars\"", categories: ["x<y", "z"],
            series: [.init(name: "n", values: [1, 2])], axisLabel: "count"
        ).render()
        #expect(XMLParser(data: Data(svg.utf8)).parse())
        #expect(svg.contains("<title id=\"bars-title\">A &lt; B &amp; C</title>"))
        #expect(svg.contains("<desc id=\"bars-desc\">two &quot;bars&quot;</desc>"))
        #expect(svg.contains(">x&lt;y</text>"))
    }

    @Test func tableCSVQuotesAndDefusesFormulas() {
        let table = ReportTable(
            name: "t", title: "T", columns: ["a", "b"],
            rows: [[.text("=SUM(A1)"), .text("x, \"y\"")], [.number(-1.5, decimals: 1), .empty]])
        #expect(table.csv() == "a,b\r\n'=SUM(A1),\"x, \"\"y\"\"\"\r\n-1.5,n/a\r\n")
        #expect(table.json().contains("{\"a\": -1.5, \"b\": null}"))
        #expect(table.markdown().contains("| =SUM(A1) | x, \"y\" |"))
        let markup = ReportTable(name: "m", title: "M", columns: ["a"], rows: [[.text("<plan> *now* | a_b")]])
        #expect(markup.markdown().hasSuffix("| \\<plan\\> \\*now\\* \\| a\\_b |"))
    }
}

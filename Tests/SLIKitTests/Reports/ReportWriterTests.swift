import Foundation
import Testing

@testable import ReportKit
@testable import SLIKit

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Report writer")
struct ReportWriterTests {
    static let data = ReportSample.full()
    static let files = ReportWriter(format: .html).files(for: data)

    static func file(_ path: String) throws -> String {
        try #require(files.first { $0.path == path }).contents
    }

    static func parsed(_ path: String) throws -> PageParser {
        let parser = PageParser()
        let ok = parser.parse(try file(path))
        #expect(ok, "\(path): \(String(describing: parser.error))")
        return parser
    }

    static func two(_ value: Double?) -> String {
        value.map { String(format: "%.2f", $0) } ?? "n/a"
    }

    /// A theme score as the pages and `sli score` print it: a percentage with one decimal.
    static func percent(_ value: Double?) -> String {
        value.map { String(format: "%.1f", $0) } ?? "n/a"
    }

    @Test func writesIndexOverviewLocalitiesAndTables() throws {
        let paths = Set(Self.files.map(\.path))
        #expect(paths.contains("index.html"))
        #expect(paths.contains("overview.html"))
        #expect(paths.contains("localities/E08000001.html"))
        #expect(!paths.contains("localities/E10000006.html"), "Cumbria did not take part and gets no summary")
        #expect(Self.files.filter { $0.path.hasPrefix("localities/") }.count == 22)
        for name in [
            "participation", "theme-scores", "theme-distribution", "weakest-items", "indicators",
            "indicator-values", "funnel", "market-themes", "market-pairings", "recommendations-regional",
            "recommendations-local", "follow-up-themes", "follow-up-changes",
        ] {
            #expect(paths.contains("tables/\(name).csv"), "\(name).csv")
            #expect(paths.contains("tables/\(name).json"), "\(name).json")
        }
        #expect(paths.contains("tables/localities/E08000001/themes.csv"))
    }

    @Test func heatmapTableAndCellsShowTheInputScores() throws {
        let page = try Self.parsed("overview.html")
        let table = try #require(page.tables["table-theme-scores"])
        #expect(table.first == ["Locality"] + ReportSample.themes.map(\.name))
        let scored = Self.data.scoredLocalities
        #expect(table.count == scored.count + 1)
        let cells = try #require(page.chartTexts["heatmap-title"])
        for (row, locality) in zip(table.dropFirst(), scored) {
            let expected = ReportSample.themes.map { theme in
                Self.percent(
                    Self.data.themeScores.first { $0.localityCode == locality.code && $0.themeID == theme.id }?.score)
            }
            #expect(row == [locality.name] + expected)
            for value in expected { #expect(cells.contains(value)) }
        }
    }

    @Test func distributionAndParticipationMatchTheInput() throws {
        let page = try Self.parsed("overview.html")
        let distribution = try #require(page.tables["table-theme-distribution"])
        for (row, item) in zip(distribution.dropFirst(), Self.data.themeDistributions) {
            let spread = item.spread
            #expect(
                Array(row.dropFirst()) == ["\(spread.count)"]
                    + [spread.minimum, spread.lowerQuartile, spread.median, spread.upperQuartile, spread.maximum].map {
                        Self.percent($0)
                    })
        }
        let participation = try #require(page.tables["table-participation"])
        #expect(participation.count == 24)
        #expect(participation[1] == ["Bolton", "E08000001", "Greater Manchester", "received", "2016-02-10", "1", "2"])
        #expect(participation[23] == ["Cumbria", "E10000006", "lc", "not taking part", "n/a", "n/a", "0"])
    }

    @Test func funnelAndMarketFiguresMatchTheInput() throws {
        let page = try Self.parsed("overview.html")
        let funnel = try #require(Self.data.funnel)
        let rows = try #require(page.tables["table-funnel"]).dropFirst()
        #expect(rows.count == funnel.points.count)
        for (row, point) in zip(rows, funnel.points) {
            #expect(
                row == [
                    Self.data.localityName(point.localityCode), "\(point.count)",
                    "\(point.denominator)", Self.two(point.rate), Self.two(point.limits.lower998),
                    Self.two(point.limits.lower95), Self.two(point.limits.upper95), Self.two(point.limits.upper998),
                    point.position.rawValue,
                ])
        }
        #expect(Set(rows.map { $0[8] }).count > 1, "the sample has localities inside and outside the limits")
        let text = try Self.file("overview.html")
        #expect(text.contains("168 requests for information and 32 offers of support"))
        let market = try #require(page.tables["table-market-themes"])
        #expect(market.dropFirst().map { $0[1] } == ["30", "18", "26", "12", "28", "34", "20"])
        #expect(try #require(page.chartTexts["market-title"]).contains("34"))
    }

    @Test func localitySummaryShowsItsOwnFigures() throws {
        let code = "E08000003"
        let page = try Self.parsed("localities/\(code).html")
        let themes = try #require(page.tables["table-themes"])
        for (row, theme) in zip(themes.dropFirst(), ReportSample.themes) {
            let spread = try #require(Self.data.themeDistributions.first { $0.themeID == theme.id }?.spread)
            #expect(
                Array(row.prefix(5)) == [theme.name, Self.percent(Self.data.score(code, theme.id))]
                    + [spread.lowerQuartile, spread.median, spread.upperQuartile].map { Self.percent($0) })
        }
        let indicators = try #require(page.tables["table-spine-table"])
        let values = Self.data.indicatorValues.filter { $0.localityCode == code }
        #expect(indicators.count == values.count + 1)
        for (row, value) in zip(indicators.dropFirst(), values) {
            #expect(row[2] == String(format: "%.1f", value.value))
            #expect(row[3] == String(format: "%.1f", value.lower))
            #expect(row[4] == String(format: "%.1f", value.upper))
            let regional = value.verdicts[0]
            #expect(row[5] == "\(regional.outcome.rawValue) at \(regional.level)")
            #expect(row[6] == "similar at 95%")
            #expect(row[7] == "North West: Byar's method, \(regional.level); England: Byar's method, 95%")
            #expect(row[8] == "n/a", "no trend from a single period")
            #expect(!row[5].contains("best") && !row[5].contains("worst"))
        }
        let text = try Self.file("localities/\(code).html")
        #expect(text.contains("Manchester evidence for item"))
        #expect(text.contains("&lt;plan&gt; &amp; &quot;audit&quot;"), "evidence is quoted and escaped")
    }

    @Test func followUpTablesSayTheirFiguresAreMeanRatings() throws {
        let page = try Self.parsed("overview.html")
        let themes = try #require(page.tables["table-follow-up-themes"])
        #expect(themes.first?[2] == "Median change in mean rating")
        let followUp = try #require(Self.data.followUp)
        let first = try #require(followUp.themes.first)
        #expect(themes.dropFirst().first?[2] == ReportNumber.signed(first.medianChange, decimals: 2))
        let summary = try Self.parsed("localities/E08000003.html")
        let own = try #require(summary.tables["table-follow-up"])
        #expect(Array(own.first?.prefix(3) ?? []) == ["Theme", "Baseline mean rating", "Follow-up mean rating"])
    }

    @Test func everyPageStatesAudienceCycleSourcesAndSyntheticData() throws {
        for file in Self.files where file.path.hasSuffix(".html") {
            #expect(file.contents.contains("<dt>Audience</dt>"), "\(file.path)")
            #expect(file.contents.contains("<dd>North West infant mortality 2017 follow-up</dd>"), "\(file.path)")
            #expect(file.contents.contains("indicators-2012-14.csv"), "\(file.path)")
            #expect(file.contents.contains("Synthetic data:"), "\(file.path)")
        }
        var real = Self.data
        real.synthetic = false
        let overview = try #require(ReportWriter().files(for: real).first { $0.path == "overview.html" })
        #expect(!overview.contents.contains("Synthetic data"))
    }

    @Test func noPageReferencesAnythingOutsideTheFolder() throws {
        let paths = Set(Self.files.map(\.path))
        for file in Self.files where file.path.hasSuffix(".html") {
            let lower = file.contents.lowercased()
            for forbidden in [
                "http:", "https:", "//", "src=", "url(", "@import", "<script", "<link", "<img",
                "<iframe", "<object", "<embed", "@font-face", "xlink:",
            ] {
                #expect(!lower.contains(forbidden), "\(file.path) contains \(forbidden)")
            }
            let page = PageParser()
            page.parse(file.contents)
            for href in page.hrefs {
                var components = file.path.split(separator: "/").dropLast().map(String.init)
                for part in href.split(separator: "/") {
                    if part == ".." { _ = components.popLast() } else { components.append(String(part)) }
                }
                let held = paths.contains(components.joined(separator: "/"))
                #expect(held, "\(file.path) links to \(href), which the report does not hold")
            }
        }
    }

    @Test func pagesAndChartsAreWellFormedAndAccessible() throws {
        for file in Self.files where file.path.hasSuffix(".html") {
            let parser = PageParser()
            #expect(parser.parse(file.contents), "\(file.path): \(String(describing: parser.error))")
            var rest = file.contents[...]
            while let start = rest.range(of: "<svg"),
                let end = rest.range(of: "</svg>", range: start.upperBound..<rest.endIndex)
            {
                let svg = String(rest[start.lowerBound..<end.upperBound])
                #expect(XMLParser(data: Data(svg.utf8)).parse(), "\(file.path): SVG not well-formed")
                #expect(svg.contains("role=\"img\""))
                #expect(svg.contains("<title id="))
                #expect(svg.contains("<desc id="))
                #expect(svg.contains("viewBox=\"0 0 720 "))
                let after = rest[end.upperBound...].prefix(40)
                if rest[..<start.lowerBound].hasSuffix("<figure class=\"compact\">\n") {
                    #expect(file.path == "overview.html", "\(file.path): a compact chart off the overview")
                    #expect(svg.contains("exported table of indicator values by locality"))
                    #expect(Self.files.contains { $0.path == "tables/indicator-values.csv" })
                } else {
                    #expect(after.contains("<table"), "\(file.path): a chart without its data table")
                }
                rest = rest[end.upperBound...]
            }
        }
    }

    @Test func csvAndJSONHoldTheSameFiguresAsThePage() throws {
        let csv = try Self.file("tables/theme-scores.csv")
        let lines = csv.split(separator: "\r\n")
        #expect(lines.count == Self.data.scoredLocalities.count + 1)
        let bolton = Self.data.themes.map { Self.percent(Self.data.score("E08000001", $0.id)) }
        #expect(lines[1] == (["Bolton"] + bolton).joined(separator: ","))
        let json = try Self.file("tables/theme-scores.json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let rows = try #require(object["rows"] as? [[String: Any]])
        let first = try #require(rows.first)
        #expect(first["Locality"] as? String == "Bolton")
        let score = try #require(first["Co-sleeping"] as? Double)
        #expect(String(format: "%.1f", score) == bolton[4])
    }

    @Test func markdownPagesKeepTheHeaderAndTablesWithoutMarkup() throws {
        let files = ReportWriter(format: .markdown).files(for: Self.data)
        let overview = try #require(files.first { $0.path == "overview.md" }).contents
        #expect(overview.contains("> **Synthetic data:"))
        #expect(overview.contains("- **Audience:** Regional network lead only"))
        #expect(overview.contains("| Bolton | "))
        #expect(!overview.contains("<svg"))
        let index = try #require(files.first { $0.path == "index.md" }).contents
        #expect(index.contains("](localities/E08000001.md)"))
        #expect(files.contains { $0.path == "tables/theme-scores.csv" })
    }

    @Test func writesTheFolderAndRefusesAFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try ReportWriter().write(Self.data, to: folder)
        let overview = try String(contentsOf: folder.appendingPathComponent("overview.html"), encoding: .utf8)
        #expect(overview == written.first { $0.path == "overview.html" }?.contents)
        let file = folder.appendingPathComponent("index.html")
        #expect(throws: ReportError.notAFolder(path: file.path)) { try ReportWriter().write(Self.data, to: file) }
        #expect(
            ReportError.notAFolder(path: "/tmp/pack.html").description
                == "cannot write the report into /tmp/pack.html: it is a file, expected a folder")
    }

    @Test func writesTheSampleReportWhereTheRenderCheckAsks() throws {
        let target = ProcessInfo.processInfo.environment["SLI_REPORT_SAMPLE_DIR"]
        let folder =
            target.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString)")
        defer { if target == nil { try? FileManager.default.removeItem(at: folder) } }
        try ReportWriter(format: .html).write(Self.data, to: folder)
        try ReportWriter(format: .markdown).write(Self.data, to: folder)
        for page in ["index", "overview", "localities/E08000001"] {
            for format in ["html", "md"] {
                #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(page).\(format)").path))
            }
        }
    }
}

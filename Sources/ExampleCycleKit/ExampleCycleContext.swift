import Foundation
import SLIKit
import SQLiteStore
import SpreadsheetKit

/// The steps of the example run, each through the same code the `sli` commands use.
struct ExampleCycleContext: Sendable {
    /// The folders a run writes into, inside its directory.
    static let folders = ["returns", "indicators", "action-plans", "report"]
    /// One day in seconds.
    static let day: TimeInterval = 86_400

    /// The store the run fills.
    var store: Store
    /// The example's framework.
    var framework: Framework
    /// The example's region.
    var region: Region
    /// The folder the run writes into.
    var directory: URL
    /// The catalog folder the indicator definitions are read from.
    var catalogDirectory: URL
    /// Receives one line of progress at each step.
    var progress: @Sendable (String) -> Void

    /// Creates a cycle for `round` and records it as synthetic.
    func createCycle(_ round: ExamplePlan.Round, baseline: Cycle?) async throws -> Cycle {
        let cycle = try await store.createCycle(
            name: round.name, regionID: region.id, frameworkID: framework.id,
            deadline: ISODateText.parse(round.deadline), baselineCycle: baseline?.name)
        try await store.markSynthetic(cycleID: cycle.id)
        progress(
            "created cycle \"\(cycle.name)\" (deadline \(round.deadline)"
                + (baseline.map { ", baseline \"\($0.name)\"" } ?? "") + "), marked as synthetic")
        return cycle
    }

    /// Renders each locality's workbook, fills it with its assessment and saves it, the formats in turn.
    func writeReturns(_ assessments: [SelfAssessment], round: ExamplePlan.Round) throws -> [ExampleReturn] {
        let folder = directory.appendingPathComponent("returns/\(round.year)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let template = WorkbookTemplate(
            framework: framework, region: region, deadline: ISODateText.parse(round.deadline),
            contact: "North West network lead (synthetic example)", cycle: round.name)
        let filler = WorkbookFiller(framework: framework)
        var returns: [ExampleReturn] = []
        for (index, assessment) in assessments.enumerated() {
            guard let locality = region.locality(code: assessment.localityCode) else {
                throw ExampleCycleError.unknownLocality(
                    file: ExampleCycleRunner.planPath, code: assessment.localityCode)
            }
            let format = ExampleCycleRunner.formats[index % ExampleCycleRunner.formats.count]
            let draft = try filler.fill(template.render(for: locality), with: assessment)
            let url = folder.appendingPathComponent(WorkbookTemplate.fileName(for: locality, format: format))
            try SpreadsheetWriter.write(draft, format: format, to: url)
            returns.append(ExampleReturn(url: url, draft: draft, format: format, assessment: assessment))
        }
        let counts = ExampleCycleRunner.formats.map { format in
            "\(returns.count { $0.format == format }) \(format.displayName)"
        }
        progress(
            "rendered and filled \(returns.count) workbooks in returns/\(round.year) ("
                + counts.joined(separator: ", ") + ")")
        return returns
    }

    /// Ingests one file with a rating typed as `7` first, shows its rejection, then ingests every file with
    /// that one corrected; returns the rejected file's problems.
    func ingestWithBrokenFile(_ returns: [ExampleReturn], cycle: Cycle, round: ExamplePlan.Round) async throws
        -> [Problem]
    {
        guard let broken = returns.dropFirst().first ?? returns.first,
            let answer = broken.assessment.answers.first(where: { $0.rating?.value != nil }),
            let place = WorkbookFiller(framework: framework).cell(itemID: answer.itemID, column: .rating)
        else { return [] }
        var draft = broken.draft
        draft[sheet: place.sheet]?.set(.number(7), at: place.reference)
        try SpreadsheetWriter.write(draft, format: broken.format, to: broken.url)
        let name = broken.url.lastPathComponent
        progress("ingesting \(name) with a rating typed as \"7\" on sheet \"\(place.sheet)\" cell \(place.reference)")
        let index = returns.firstIndex { $0.url == broken.url } ?? 0
        let result = await ingester(cycle, receivedAt: receivedDay(index, round: round))
            .ingest(broken.url, path: relativePath(broken.url))
        guard case .rejected(let problems) = result.outcome else {
            throw ExampleCycleError.unexpectedOutcome(file: name, found: "it accepted", expected: "a rejection")
        }
        let errors = problems.count { $0.severity == .error }
        progress("  \(result.path): rejected (\(errors) error\(errors == 1 ? "" : "s"))")
        for problem in problems { progress("    \(problem.severity.rawValue): \(problem)") }
        try SpreadsheetWriter.write(broken.draft, format: broken.format, to: broken.url)
        progress("  corrected the rating in \(name) and ingesting every return")
        try await ingest(returns, cycle: cycle, round: round)
        return problems
    }

    /// Ingests every file through the readers, decoder and store, each received on its own day.
    func ingest(_ returns: [ExampleReturn], cycle: Cycle, round: ExamplePlan.Round) async throws {
        var accepted = 0
        for (index, file) in returns.enumerated() {
            let result = await ingester(cycle, receivedAt: receivedDay(index, round: round))
                .ingest(file.url, path: relativePath(file.url))
            guard case .accepted = result.outcome else {
                let found = result.isRejected ? "a rejection" : "the file unchanged"
                throw ExampleCycleError.unexpectedOutcome(
                    file: file.url.lastPathComponent, found: found, expected: "a new version")
            }
            accepted += 1
        }
        let status = try await CycleStatus(cycle: cycle, region: region, repository: store)
        progress(
            "ingested \(accepted) returns into \"\(cycle.name)\": \(status.participatingSummary) localities"
                + " took part, \(status.late) late")
    }

    /// An ingester for `cycle` that stamps the files it takes in as received at `receivedAt`.
    private func ingester(_ cycle: Cycle, receivedAt: Date) -> Ingester {
        var ingester = Ingester(
            repository: store, cycle: cycle, framework: framework, region: region,
            submittedBy: "network lead (synthetic example)")
        ingester.now = { receivedAt }
        return ingester
    }

    /// The day the `index`th return arrives: a day after the one before, from the round's first return.
    private func receivedDay(_ index: Int, round: ExamplePlan.Round) -> Date {
        (ISODateText.parse(round.received) ?? Date(timeIntervalSince1970: 0)) + Double(index) * Self.day
    }

    /// The path of `url` inside the run's folder, as progress lines show it.
    func relativePath(_ url: URL) -> String {
        let base = directory.standardizedFileURL.path + "/"
        let path = url.standardizedFileURL.path
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }

    /// Writes the indicator figures as CSV and imports them with the indicator importer, as received on
    /// `day`.
    func importIndicators(_ csv: String, cycle: Cycle, on day: Date) async throws {
        let folder = directory.appendingPathComponent("indicators")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("north-west-indicators.csv")
        try Data(csv.utf8).write(to: url)
        let read = try SpreadsheetReader.read(contentsOf: url, limits: .table)
        let region = region
        let importer = IndicatorImport(indicators: try IndicatorSet(catalogDirectory: catalogDirectory), region: region)
        {
            try region.resolveLocality($0)
        }
        let values = try importer.read(read.workbook, fileName: url.lastPathComponent, lineNumbers: true)
        try await store.importIndicatorValues(
            values, cycleID: cycle.id, sourceFile: url.lastPathComponent, importedAt: day)
        var line = "imported \(values.count) indicator figures from \(relativePath(url))"
        if let reviews = values.first(where: { $0.indicatorID == "cdop-modifiable-factors" && $0.areaCode == region.id }
        ),
            reviews.denominator > 0
        {
            let share = Int((reviews.numerator / reviews.denominator * 100).rounded())
            line +=
                " (\(NumberText.format(reviews.denominator)) infant deaths reviewed, \(share)% with a modifiable factor)"
        }
        progress(line)
    }

    /// Matches the cycle's Market Place requests to offers.
    func matchMarket(cycle: Cycle) async throws {
        let entries = try await store.marketEntries(cycleID: cycle.id)
        let card = await Scorer(framework: framework).score(try store.currentAssessments(cycleID: cycle.id))
        let plan = MarketMatcher(region: region, card: card).match(entries)
        let summary = MarketSummary(entries: entries)
        progress(
            "Market Place: \(summary.requestCount) requests and \(summary.offerCount) offers; matched"
                + " \(plan.matches.count) requests to offers (\(plan.crossingCount) across sub-regions),"
                + " \(plan.unmatched.count) unmatched")
    }
}

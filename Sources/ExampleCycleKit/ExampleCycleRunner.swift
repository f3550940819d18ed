import Foundation
import SLIKit
import SQLiteStore
import SpreadsheetKit

/// Runs the bundled example cycle end to end through the real template, writers, readers, decoder,
/// store, importers, matcher, tracker and report, into a folder of its own.
///
/// The run creates a fresh store in the folder, renders and fills the North West workbooks for the
/// participating localities with the synthetic answers of ``ExampleAssessments`` and ``ExampleMarket``,
/// saves them in turn as SpreadsheetML 2003, XLSX and flat ODS under `returns/`, and ingests them: one
/// file first goes in with a rating typed as `7`, is rejected with its problems, and is then corrected
/// and accepted. It imports the indicator figures of ``ExampleIndicators`` from a CSV file, matches the
/// Market Place, records progress on the regional recommendations and imports two local action plans,
/// then runs the twelve-month follow-up cycle and writes the report of both cycles under `report/`.
/// Both cycles are recorded as synthetic, so every report page says the data are invented.
/// Everything but the store's timestamps is the same on every run.
public struct ExampleCycleRunner: Sendable {
    /// The catalog holding the framework, region, indicators and the example plan.
    public var catalog: Catalog
    /// The folder the run writes into.
    public var directory: URL
    /// Receives one line of progress at each step.
    public var progress: @Sendable (String) -> Void

    /// The example plan's path inside the catalog.
    public static let planPath = "regions/examples/north-west-2016.yaml"
    /// The store file's name inside ``directory``.
    public static let storeFileName = "sli.sqlite"
    /// The file that marks a folder as the example's own, so a later run may replace its store.
    public static let markerFileName = ".sli-demo"
    /// The formats the returned workbooks are saved in, in turn.
    public static let formats: [SpreadsheetFormat] = [.spreadsheetML, .xlsx, .fods]

    /// A runner writing into `directory`, reporting progress to `progress`.
    public init(catalog: Catalog, directory: URL, progress: @escaping @Sendable (String) -> Void = { _ in }) {
        self.catalog = catalog
        self.directory = directory
        self.progress = progress
    }

    /// Runs the example cycle.
    ///
    /// - Throws: ``ExampleCycleError`` when a step does not go as planned, and the catalog's, store's,
    ///   writers', readers' and importers' own errors.
    public func run() async throws -> ExampleCycleSummary {
        let plan = try ExamplePlan.load(from: catalog.directory.appendingPathComponent(Self.planPath))
        let framework = try catalog.framework(id: plan.framework)
        let region = try catalog.region(id: plan.region)
        let storePath = try freshStore()
        let store = try Store(path: storePath)
        progress("created a fresh store: \(storePath)")
        let generator = ExampleAssessments(plan: plan, framework: framework, region: region)
        let baselineAssessments = try ExampleMarket(plan: plan, framework: framework).adding(to: generator.baseline())
        let context = ExampleCycleContext(
            store: store, framework: framework, region: region, directory: directory,
            catalogDirectory: catalog.directory, progress: progress)

        let baseline = try await context.createCycle(plan.baseline, baseline: nil)
        let files = try context.writeReturns(baselineAssessments, round: plan.baseline)
        let rejected = try await context.ingestWithBrokenFile(files, cycle: baseline, round: plan.baseline)
        // The indicators and action plans come in on the baseline's deadline, so the report's sources are
        // dated within the cycle rather than on the day the example runs.
        let deadline = ISODateText.parse(plan.baseline.deadline) ?? Date(timeIntervalSince1970: 0)
        try await context.importIndicators(
            ExampleIndicators(plan: plan, region: region).csv(), cycle: baseline, on: deadline)
        try await context.matchMarket(cycle: baseline)
        try await context.recordRecommendationProgress(cycle: baseline, seed: plan.seed)
        try await context.importActionPlans(baselineAssessments, cycle: baseline, on: deadline)

        let followUp = try await context.createCycle(plan.followUp, baseline: baseline)
        let followUpFiles = try context.writeReturns(
            generator.followUp(from: baselineAssessments), round: plan.followUp)
        try await context.ingest(followUpFiles, cycle: followUp, round: plan.followUp)

        var folders: [URL] = []
        for cycle in [baseline, followUp] {
            folders.append(try await context.writeReport(cycle, catalog: catalog))
        }
        try store.checkpoint()
        return ExampleCycleSummary(
            storePath: storePath, baseline: baseline, followUp: followUp, reportFolders: folders,
            rejectedProblems: rejected)
    }

    /// Creates the folder and removes a store, returned files and report an earlier run left there.
    ///
    /// A store is removed only when a marker file says an earlier run of the example made it, so a
    /// network lead's own store is never lost to a mistyped `--out`.
    private func freshStore() throws -> String {
        let manager = FileManager.default
        try manager.createDirectory(at: directory, withIntermediateDirectories: true)
        let storePath = directory.appendingPathComponent(Self.storeFileName).path
        let marker = directory.appendingPathComponent(Self.markerFileName)
        if manager.fileExists(atPath: storePath), !manager.fileExists(atPath: marker.path) {
            throw ExampleCycleError.foreignStore(path: storePath)
        }
        for path in [storePath, storePath + "-wal", storePath + "-shm"] where manager.fileExists(atPath: path) {
            try manager.removeItem(atPath: path)
        }
        try Data("This folder holds the example cycle; making it again replaces what is here.\n".utf8)
            .write(to: marker)
        for folder in ExampleCycleContext.folders {
            let url = directory.appendingPathComponent(folder)
            if manager.fileExists(atPath: url.path) { try manager.removeItem(at: url) }
        }
        return storePath
    }
}

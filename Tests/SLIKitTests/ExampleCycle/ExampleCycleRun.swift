import Foundation
import Testing

@testable import ExampleCycleKit
@testable import ReportKit
@testable import SLIKit
@testable import SQLiteStore

/// One run of the example cycle into a temporary folder, shared by the tests that read its store and report.
struct ExampleCycleRun: Sendable {
    var summary: ExampleCycleSummary
    var store: Store
    var catalog: Catalog
    var baseline: ReportData
    var followUp: ReportData

    /// The run, made once on first use.
    static let shared = Task { try await ExampleCycleRun() }

    init() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sli-example-\(UUID().uuidString)")
        catalog = RepositoryCatalog.shipped
        summary = try await ExampleCycleRunner(catalog: catalog, directory: folder).run()
        store = try Store(path: summary.storePath)
        baseline = try await ReportData(store: store, cycle: summary.baseline, catalog: catalog)
        followUp = try await ReportData(store: store, cycle: summary.followUp, catalog: catalog)
    }

    /// The written file at `path` inside the report folder of `cycle` (0 baseline, 1 follow-up).
    func page(_ path: String, cycle: Int = 0) throws -> String {
        try String(contentsOf: summary.reportFolders[cycle].appendingPathComponent(path), encoding: .utf8)
    }
}

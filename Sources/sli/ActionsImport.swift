import ArgumentParser
import Foundation
import SLIKit
import SpreadsheetKit

extension SLI.ActionsCommand {
    /// `sli actions import`: reads a locality's action plan and stores it as the locality's current plan.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read a locality's action plan from a spreadsheet and store it.",
            discussion: """
                Columns are found by their header text (issue, rationale, action, outcome, lead, reporting, \
                deep dive, completion date, status, recommendations), wherever the header row is. Nothing is \
                stored while any row or cell is wrong (unless --skip-bad-rows); every problem names its sheet \
                and cell.
                """
        )

        @OptionGroup var options: TrackingCycleOptions

        @Option(help: "The locality, by name, alias or ONS code.", completion: .localityNames)
        var locality: String

        @Flag(help: "Store the usable rows even when others are wrong (their problems are still printed).")
        var skipBadRows = false

        @Argument(help: "The action plan (.xml, .xlsx, .ods, .fods or .csv).")
        var file: String

        func run() async throws {
            let opened = try await options.open()
            let locality = try opened.region.resolveLocality(self.locality)
            let read = try SpreadsheetReader.read(contentsOf: URL(fileURLWithPath: file), limits: .table)
            let plan = try ActionPlanImport(framework: opened.framework)
                .read(read.workbook, fileName: (file as NSString).lastPathComponent)
            if plan.hasErrors && !skipBadRows { throw ProblemReport.refused(plan.problems, file: plan.fileName) }
            ProblemReport.write(plan.problems)
            try await opened.store.recordActionPlan(plan, cycleID: opened.cycle.id, localityCode: locality.code)
            let linked = plan.actions.filter { !$0.recommendationIDs.isEmpty }.count
            let matched = plan.actions.filter { if case .matchedText = $0.link { true } else { false } }.count
            print(
                "\(locality.name) (\(locality.code)): stored \(plan.actions.count) action(s) from sheet "
                    + "\"\(plan.sheet)\", header row \(plan.headerRow); \(linked) linked to recommendations "
                    + "(\(matched) by matching their wording)")
            if !plan.continuationRows.isEmpty {
                let rows = plan.continuationRows.map(String.init).joined(separator: ", ")
                print(
                    "\(plan.continuationRows.count) row(s) without an action read as the continuation of the action "
                        + "above (rows \(rows)): their text added, their dates kept where the action had none")
            }
        }
    }
}

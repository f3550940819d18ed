import ArgumentParser
import Foundation
import SLIKit

extension SLI.ActionsCommand {
    /// `sli actions status`: per locality, which local recommendations have an action, are overdue, have none.
    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show, per locality, which local recommendations have an action, are overdue or have none."
        )

        @OptionGroup var options: TrackingCycleOptions

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case table, csv
        }

        @Option(name: .customLong("as-of"), help: "The day to report on, YYYY-MM-DD (default: today).")
        var asOf: String?

        @Option(help: "table (a line per locality) or csv (a row per locality and local recommendation).")
        var format: Format = .table

        func run() throws {
            let opened = try options.open()
            let day = try TrackingCycleOptions.day(asOf, option: "--as-of")
            let actions = try opened.store.currentActions(cycleID: opened.cycle.id)
            var rows: [[String]] = []
            var csv = [["locality_code", "locality", "theme", "item", "state", "action_rows"]]
            var withoutPlan: [String] = []
            for locality in opened.region.localities {
                guard let planned = actions[locality.code] else {
                    withoutPlan.append(locality.name)
                    continue
                }
                let status = ActionStatus(
                    localityCode: locality.code, framework: opened.framework, actions: planned, asOf: day)
                func list(_ state: ActionStatus.State) -> String {
                    let ids = status.itemIDs(state)
                    return ids.isEmpty ? "-" : ids.joined(separator: " ")
                }
                csv += status.entries.map { entry in
                    [
                        locality.code, locality.name, entry.themeID, entry.itemID, entry.state.rawValue,
                        entry.actionRows.map(String.init).joined(separator: " "),
                    ]
                }
                rows.append([
                    locality.name, String(status.entries.count - status.itemIDs(.noAction).count),
                    list(.completed), list(.overdue), list(.noAction),
                ])
            }
            if format == .csv {
                print(csv.map { $0.map(CSVField.quote).joined(separator: ",") }.joined(separator: "\n"))
                return
            }
            var text = "action status on \(ISODateText.format(day)), cycle \(opened.cycle.name)\n\n"
            text += TextTable.render(["locality", "with action", "completed", "overdue", "no action"], rows)
            if !withoutPlan.isEmpty { text += "\nno action plan: \(withoutPlan.joined(separator: ", "))\n" }
            print(text, terminator: "")
        }
    }
}

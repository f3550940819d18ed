import ArgumentParser
import Foundation
import SLIKit
import SpreadsheetKit

extension SLI.ActionsCommand {
    /// `sli actions status`: per locality, which local recommendations have an action, are overdue, have none.
    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show, per locality, which local recommendations have an action, are overdue or have none."
        )

        @OptionGroup var options: TrackingCycleOptions

        @OptionGroup var asOf: AsOfOption

        @OptionGroup var output: TableFormatOption

        func run() async throws {
            let opened = try await options.open()
            let day = try asOf.day()
            let actions = try await opened.store.currentActions(cycleID: opened.cycle.id)
            var rows: [[String]] = []
            var csv = [["locality_code", "locality", "theme", "item", "state", "action_rows"]]
            var withoutPlan: [String] = []
            var documented: [ActionStatusDocument.Locality] = []
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
                documented.append(
                    ActionStatusDocument.Locality(
                        code: locality.code, name: locality.name,
                        entries: status.entries.map { entry in
                            ActionStatusDocument.Entry(
                                theme: entry.themeID, item: entry.itemID, state: entry.state.rawValue,
                                actionRows: entry.actionRows)
                        }))
                rows.append([
                    locality.name, String(status.entries.count - status.itemIDs(.noAction).count),
                    list(.completed), list(.overdue), list(.noAction),
                ])
            }
            switch output.format {
            case .table: break
            case .csv:
                print(csv.map { $0.map(DelimitedText.field).joined(separator: ",") }.joined(separator: "\n"))
                return
            case .json:
                print(
                    try JSONText.document(
                        ActionStatusDocument(
                            cycle: opened.cycle.name, asOf: ISODateText.format(day), localities: documented,
                            withoutPlan: opened.region.localities.filter { actions[$0.code] == nil }.map(\.code))))
                return
            }
            var text = "action status on \(ISODateText.format(day)), cycle \(opened.cycle.name)\n\n"
            if rows.isEmpty {
                text += "no locality has an action plan yet: import one with `sli actions import`\n"
            } else {
                text += TextTable.render(["locality", "with action", "completed", "overdue", "no action"], rows)
                if !withoutPlan.isEmpty { text += "\nno action plan: \(withoutPlan.joined(separator: ", "))\n" }
            }
            print(text, terminator: "")
        }
    }
}

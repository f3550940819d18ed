import ArgumentParser
import Foundation
import SLIKit
import SpreadsheetKit

extension SLI {
    /// `sli inspect FILE`: what a spreadsheet file holds, as sli reads it.
    struct Inspect: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what a spreadsheet file holds, as sli reads it.",
            discussion: """
                The summary (the default) lists each sheet's name, used range and cell count and the format \
                detected from the file's content; it reads any file in bounded memory. jsonl prints one JSON \
                object per non-empty cell, sheets in workbook order, rows then columns; csv prints one sheet.
                """
        )

        /// How `inspect` prints what it read.
        enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
            case text, jsonl, csv
        }

        @Argument(help: "The spreadsheet file (SpreadsheetML 2003 .xml, .xlsx, .ods, .fods or .csv).")
        var file: String

        @Option(help: "What to print: text (a summary), jsonl (one line per cell) or csv (one sheet).")
        var format: OutputFormat = .text

        @Option(help: "The sheet to print as CSV (default: the first sheet).")
        var sheet: String?

        func run() throws {
            let url = URL(fileURLWithPath: file)
            var output = StandardOutput()
            do {
                switch format {
                case .text:
                    try printSummary(SpreadsheetReader.summary(contentsOf: url), to: &output)
                case .jsonl:
                    var printer = CellLinePrinter(output: output, sheetFilter: sheet)
                    _ = try SpreadsheetReader.stream(contentsOf: url, into: &printer)
                    output = printer.output
                    if let sheet, !printer.sawSheet {
                        throw SpreadsheetError.malformed(
                            SpreadsheetLocation(file: url.lastPathComponent), "there is no sheet named \"\(sheet)\"")
                    }
                case .csv:
                    try printCSV(url, to: &output)
                }
            } catch let error as SpreadsheetError {
                output.flush()
                FileHandle.standardError.write(Data("sli: \(error)\n".utf8))
                throw ExitCode.failure
            }
            output.flush()
        }

        private func printSummary(_ summary: WorkbookSummary, to output: inout StandardOutput) {
            output.write("format: \(summary.format.displayName)\n")
            output.write("sheets: \(summary.sheets.count)\n")
            for (index, sheet) in summary.sheets.enumerated() {
                var line = "sheet \(index + 1) \"\(sheet.name)\": "
                if let range = sheet.usedRange {
                    line +=
                        "\(range.start):\(range.end), \(sheet.cellCount) " + (sheet.cellCount == 1 ? "cell" : "cells")
                } else {
                    line += "empty"
                }
                if sheet.mergeCount > 0 {
                    line += ", \(sheet.mergeCount) merged " + (sheet.mergeCount == 1 ? "range" : "ranges")
                }
                if sheet.formulasWithoutResultCount > 0 {
                    let count = sheet.formulasWithoutResultCount
                    line += ", \(count) " + (count == 1 ? "formula" : "formulas") + " without a saved result"
                }
                output.write(line + "\n")
            }
        }

        /// Prints the chosen sheet in two passes, the first finding its width: a sheet whose rows come in
        /// order streams in bounded memory; one whose rows do not is read whole and printed in order.
        private func printCSV(_ url: URL, to output: inout StandardOutput) throws {
            var layout = SheetLayout(sheetFilter: sheet)
            _ = try SpreadsheetReader.stream(contentsOf: url, into: &layout)
            guard let chosen = layout.chosenIndex else {
                let names = layout.names.map { "\"\($0)\"" }.joined(separator: ", ")
                throw SpreadsheetError.malformed(
                    SpreadsheetLocation(file: url.lastPathComponent),
                    sheet.map { "there is no sheet named \"\($0)\" (the sheets are \(names))" }
                        ?? "the workbook has no sheets")
            }
            guard let end = layout.end else { return }
            if layout.rowsInOrder {
                var printer = CSVSheetPrinter(output: output, sheetIndex: chosen, columns: end.column + 1)
                _ = try SpreadsheetReader.stream(contentsOf: url, into: &printer)
                output = printer.output
                return
            }
            let chosenSheet = try SpreadsheetReader.read(contentsOf: url).workbook.sheets[chosen]
            for row in 0...end.row {
                var fields: [String] = []
                for column in 0...end.column {
                    fields.append(DelimitedText.field(chosenSheet[row, column]?.text ?? ""))
                }
                output.write(fields.joined(separator: ",") + "\n")
            }
        }
    }
}

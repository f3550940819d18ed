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
                object per non-empty cell, sheets in workbook order, rows then columns; csv prints one sheet. \
                jsonl and csv print at most 512 MiB for one file: a file that would print more stops with an \
                error once that much is written.
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
            FaultReport.reading(file)
            var output = StandardOutput()
            var cells = InspectOutput(file: url.lastPathComponent)
            do {
                switch format {
                case .text:
                    try printSummary(SpreadsheetReader.summary(contentsOf: url), to: &output)
                case .jsonl:
                    var printer = CellLinePrinter(output: cells, sheetFilter: sheet)
                    defer { cells = printer.output }
                    _ = try SpreadsheetReader.stream(contentsOf: url, into: &printer)
                    if let sheet, !printer.sawSheet {
                        throw SpreadsheetError.malformed(
                            SpreadsheetLocation(file: url.lastPathComponent), "there is no sheet named \"\(sheet)\"")
                    }
                case .csv:
                    try printCSV(url, to: &cells)
                }
                try cells.flush()
            } catch let error as SpreadsheetError {
                output.flush()
                try? cells.flush()
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

        /// The most fields `--format csv` prints for one sheet (empty cells from A1 included).
        static let maximumCSVFields = 10_000_000

        /// Prints the chosen sheet as CSV in two readings, both in bounded memory: the first finds the
        /// sheet's used range, the second prints it.
        private func printCSV(_ url: URL, to output: inout InspectOutput) throws {
            let name = url.lastPathComponent
            let sheets = try SpreadsheetReader.summary(contentsOf: url).sheets
            let index = sheet.map { wanted in sheets.firstIndex { $0.name == wanted } } ?? (sheets.isEmpty ? nil : 0)
            guard let index else {
                let names = sheets.map { "\"\($0.name)\"" }.joined(separator: ", ")
                throw SpreadsheetError.malformed(
                    SpreadsheetLocation(file: name),
                    sheet.map { "there is no sheet named \"\($0)\" (the sheets are \(names))" }
                        ?? "the workbook has no sheets")
            }
            guard let range = sheets[index].usedRange else { return }
            let fields = (range.end.row + 1) * (range.end.column + 1)
            if fields > Self.maximumCSVFields {
                throw SpreadsheetError.limitExceeded(
                    SpreadsheetLocation(file: name, sheet: sheets[index].name),
                    "the sheet spans A1:\(range.end), \(fields) cells as CSV, more than the \(Self.maximumCSVFields) "
                        + "printed (print its cells one by one with --format jsonl)")
            }
            var printer = CSVSheetPrinter(output: output, sheetIndex: index, usedRange: range)
            defer { output = printer.output }
            _ = try SpreadsheetReader.stream(contentsOf: url, into: &printer)
        }
    }
}

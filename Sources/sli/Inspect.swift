import ArgumentParser
import Foundation
import SLIKit

extension SLI {
    /// `sli inspect FILE`: what a spreadsheet file holds, as sli reads it.
    struct Inspect: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what a spreadsheet file holds, as sli reads it."
        )

        @Argument(help: "The spreadsheet file (SpreadsheetML 2003 .xml, .xlsx, .ods, .fods or .csv).")
        var file: String

        func run() throws {
            throw ValidationError("not implemented yet: \(file)")
        }
    }
}

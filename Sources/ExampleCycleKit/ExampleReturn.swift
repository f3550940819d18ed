import Foundation
import SLIKit
import SpreadsheetKit

/// One locality's filled workbook of the example run, as saved under `returns/`.
struct ExampleReturn: Sendable {
    /// Where the workbook was saved.
    var url: URL
    /// The filled workbook.
    var draft: WorkbookDraft
    /// The format it was saved in.
    var format: SpreadsheetFormat
    /// The self-assessment it holds.
    var assessment: SelfAssessment
}

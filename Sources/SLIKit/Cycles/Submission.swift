import Foundation
import SpreadsheetKit

/// One accepted version of a locality's return for a cycle: the file as received and what it held.
///
/// Versions are numbered from 1 for each locality and cycle; the current submission is the latest.
/// Rows are never updated or deleted.
public struct Submission: Sendable, Hashable, Codable, Identifiable {
    /// The store's identifier for the version.
    public var id: Int64
    /// The cycle the file was returned for.
    public var cycleID: Int64
    /// The ONS code of the locality the file is from.
    public var localityCode: String
    /// The version number, from 1.
    public var version: Int
    /// The SHA-256 of the file's bytes, in lower-case hexadecimal.
    public var sha256: String
    /// The file's name as received.
    public var fileName: String
    /// The format the file was read as.
    public var format: SpreadsheetFormat
    /// The file's size in bytes.
    public var size: Int
    /// When the file was received.
    public var receivedAt: Date
    /// Who submitted it (`--by`, else the user name).
    public var submittedBy: String
    /// The framework the workbook was rendered from.
    public var frameworkID: String
    /// The framework version the workbook was rendered from.
    public var frameworkVersion: String
    /// How many items the workbook asks about.
    public var itemCount: Int
    /// How many items have a rating (N/A included).
    public var answeredCount: Int
    /// How many warnings reading the file gave.
    public var warningCount: Int

    /// A version with the given content.
    public init(
        id: Int64, cycleID: Int64, localityCode: String, version: Int, sha256: String, fileName: String,
        format: SpreadsheetFormat, size: Int, receivedAt: Date, submittedBy: String, frameworkID: String,
        frameworkVersion: String, itemCount: Int, answeredCount: Int, warningCount: Int
    ) {
        self.id = id
        self.cycleID = cycleID
        self.localityCode = localityCode
        self.version = version
        self.sha256 = sha256
        self.fileName = fileName
        self.format = format
        self.size = size
        self.receivedAt = receivedAt
        self.submittedBy = submittedBy
        self.frameworkID = frameworkID
        self.frameworkVersion = frameworkVersion
        self.itemCount = itemCount
        self.answeredCount = answeredCount
        self.warningCount = warningCount
    }

    /// The share of items answered, from 0 to 100 (100 when the workbook asks about nothing).
    public var completeness: Double {
        itemCount == 0 ? 100 : Double(answeredCount) * 100 / Double(itemCount)
    }
}

/// A file the report was built from: a submission, an indicator extract, a Market Place sheet.
public struct ReportSource: Sendable, Hashable, Codable {
    /// The file's name as received, e.g. `Bolton.xml`.
    public var fileName: String
    /// What the file holds, e.g. `self-assessment` or `indicators`.
    public var kind: String
    /// The day it was received.
    public var receivedOn: String
    /// The submission version (1 for the first), when the file is a versioned submission.
    public var version: Int?
    /// The locality the file belongs to, or nil for a regional file (shown on every page).
    public var localityCode: String?

    /// A source with the given details.
    public init(fileName: String, kind: String, receivedOn: String, version: Int? = nil, localityCode: String? = nil) {
        self.fileName = fileName
        self.kind = kind
        self.receivedOn = receivedOn
        self.version = version
        self.localityCode = localityCode
    }
}

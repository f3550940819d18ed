import Foundation

/// A file imported into a cycle besides the self-assessments: indicator figures or an action plan.
public struct ImportedFile: Sendable, Hashable, Codable {
    /// The file's name as imported.
    public var fileName: String
    /// What the file held: `indicators` or `action plan`.
    public var kind: String
    /// When the file was first imported.
    public var importedAt: Date
    /// The locality the file is about, for an action plan.
    public var localityCode: String?

    /// A record of one imported file.
    public init(fileName: String, kind: String, importedAt: Date, localityCode: String? = nil) {
        self.fileName = fileName
        self.kind = kind
        self.importedAt = importedAt
        self.localityCode = localityCode
    }
}

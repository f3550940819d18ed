/// What ingesting one file did.
public struct IngestResult: Sendable, Hashable {
    /// Accepted, unchanged or rejected.
    public enum Outcome: Sendable, Hashable {
        /// The file was stored as the given new version.
        case accepted(Submission)
        /// The file has the same bytes as the locality's current version; nothing was stored.
        case unchanged(Submission)
        /// The file was not stored, for these reasons.
        case rejected([Problem])
    }

    /// The file as the user named it.
    public var path: String
    /// What happened.
    public var outcome: Outcome
    /// Warnings about an accepted or unchanged file.
    public var warnings: [Problem]

    /// A result for one file.
    public init(path: String, outcome: Outcome, warnings: [Problem] = []) {
        self.path = path
        self.outcome = outcome
        self.warnings = warnings
    }

    /// Whether the file was rejected.
    public var isRejected: Bool {
        if case .rejected = outcome { return true }
        return false
    }
}

/// What storing a file did.
public enum SubmissionOutcome: Sendable, Hashable {
    /// The file became a new version.
    case accepted(Submission)
    /// The file has the same bytes as the locality's current version, which is given; nothing was stored.
    case unchanged(Submission)

    /// The version the file is now or already was.
    public var submission: Submission {
        switch self {
        case .accepted(let submission), .unchanged(let submission): submission
        }
    }
}

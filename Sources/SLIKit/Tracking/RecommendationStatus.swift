/// Where a recommendation (or a local action) stands.
///
/// Implementation is local choice: a status records what the lead body reports, never a verdict.
public enum RecommendationStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Nothing has been done yet.
    case notStarted = "not-started"
    /// Work has begun.
    case inProgress = "in-progress"
    /// The recommendation has been carried out.
    case completed
    /// The lead body decided not to take it forward (an update must say why).
    case notTakenForward = "not-taken-forward"

    /// The words people use for the status: `not started`, `in progress`, ...
    public var label: String {
        switch self {
        case .notStarted: "not started"
        case .inProgress: "in progress"
        case .completed: "completed"
        case .notTakenForward: "not taken forward"
        }
    }

    /// Whether the status closes the recommendation (it can no longer be overdue).
    public var isClosed: Bool { self == .completed || self == .notTakenForward }

    /// Reads a status as people write it in a tracker or an action plan, or `nil` when the text is not one.
    ///
    /// Case, spaces, hyphens and underscores do not matter. Besides the four names and their labels it
    /// accepts the usual progress words: `complete`, `done`, `achieved`, `embedded` and the RAG colour
    /// `blue` mean completed; `ongoing`, `on track`, `started`, `underway` and the RAG colours `green`,
    /// `amber` and `red` mean in progress; `not yet started` and `to do` mean not started; `dropped`,
    /// `withdrawn`, `declined` and `no action` mean not taken forward.
    public static func parse(_ text: String) -> RecommendationStatus? {
        let key = text.lowercased().split { !$0.isLetter }.joined(separator: " ")
        if let status = RecommendationStatus(rawValue: key.replacingOccurrences(of: " ", with: "-")) {
            return status
        }
        switch key {
        case "complete", "done", "achieved", "embedded", "blue", "closed", "implemented", "embedded and ongoing":
            return .completed
        case "in progress", "ongoing", "on going", "on track", "started", "underway", "under way", "green", "amber",
            "red", "progressing", "behind", "delayed", "partly done", "partially implemented":
            return .inProgress
        case "not started", "not yet started", "to do", "todo", "planned", "not begun":
            return .notStarted
        case "not taken forward", "dropped", "withdrawn", "declined", "no action", "not progressed", "rejected":
            return .notTakenForward
        default:
            return nil
        }
    }
}

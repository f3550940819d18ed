/// A recommendation with its proposed lead and progress.
///
/// Regional recommendations have no locality; a local recommendation's row is one locality's action on it.
public struct ReportRecommendation: Sendable, Hashable, Codable {
    /// The recommendation's reference, e.g. `R12` or `L3`.
    public var reference: String
    /// Its text.
    public var text: String
    /// The proposed lead body, e.g. `Public Health England` or `CCG`.
    public var leadBody: String
    /// The locality whose action this row records, or nil for a regional recommendation.
    public var localityCode: String?
    /// The progress status as recorded, e.g. `not started`, `in progress`, `done`.
    public var status: String
    /// The action or evidence recorded with the status.
    public var action: String
    /// The day of the latest update.
    public var updatedOn: String?

    /// A recommendation row with the given details.
    public init(
        reference: String, text: String, leadBody: String, localityCode: String? = nil, status: String,
        action: String = "", updatedOn: String? = nil
    ) {
        self.reference = reference
        self.text = text
        self.leadBody = leadBody
        self.localityCode = localityCode
        self.status = status
        self.action = action
        self.updatedOn = updatedOn
    }
}

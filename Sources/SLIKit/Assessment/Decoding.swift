/// What decoding one returned workbook gave: the self-assessment, or the problems that stop it.
public struct Decoding: Sendable, Hashable {
    /// The decoded self-assessment, or `nil` when any problem is an error.
    public var assessment: SelfAssessment?
    /// Every problem found, errors and warnings, in the order of the workbook's sheets and rows.
    public var problems: [Problem]

    /// A result with the given content.
    public init(assessment: SelfAssessment?, problems: [Problem]) {
        self.assessment = assessment
        self.problems = problems
    }

    /// The problems that stop the workbook from being accepted.
    public var errors: [Problem] { problems.filter { $0.severity == .error } }
    /// The problems a person should look at, which do not stop the workbook from being accepted.
    public var warnings: [Problem] { problems.filter { $0.severity == .warning } }
}

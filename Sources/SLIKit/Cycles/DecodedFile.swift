import SpreadsheetKit

/// What reading and decoding one returned file gave, before it is stored.
public struct DecodedFile: Sendable, Hashable {
    /// The format the file was read as, when it could be read.
    public var format: SpreadsheetFormat?
    /// The self-assessment, when the file has no errors.
    public var assessment: SelfAssessment?
    /// Every error and warning found.
    public var problems: [Problem]

    /// A decoding result with the given content.
    public init(format: SpreadsheetFormat?, assessment: SelfAssessment?, problems: [Problem]) {
        self.format = format
        self.assessment = assessment
        self.problems = problems
    }

    /// Whether any problem is an error.
    public var hasErrors: Bool { problems.contains { $0.severity == .error } }
}

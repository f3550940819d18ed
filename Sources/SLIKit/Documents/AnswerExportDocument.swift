import Foundation

/// The JSON form of a cycle's answers, for the network lead: it names localities.
public struct AnswerExportDocument: Encodable, Sendable {
    /// The cycle's name.
    public var cycle: String
    /// The framework's identifier.
    public var framework: String
    /// The framework's version.
    public var frameworkVersion: String
    /// Who may see it.
    public var audience: String
    /// One row per answer.
    public var answers: [AnswerExportRow]

    /// The document of `answers` given in `cycle` on `framework`.
    public init(cycle: Cycle, framework: Framework, answers: [AnswerExportRow]) {
        self.cycle = cycle.name
        self.framework = framework.id
        frameworkVersion = framework.version
        audience = "network lead: names localities"
        self.answers = answers
    }
}

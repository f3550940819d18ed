/// Why the example cycle could not be generated.
public enum ExampleCycleError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The plan file could not be read or decoded.
    case unreadablePlan(file: String, reason: String)
    /// The plan names a locality the region does not have.
    case unknownLocality(file: String, code: String)
    /// The plan's totals cannot be shared out (for example more offers than can be placed).
    case impossibleTotal(what: String, total: Int)
    /// A step of the example run came out otherwise than planned (a file accepted that should be
    /// rejected, or the other way round).
    case unexpectedOutcome(file: String, found: String, expected: String)
    /// The output folder holds a store the example did not create, which it must not replace.
    case foreignStore(path: String)

    /// A lower-case message that says what is wrong.
    public var description: String {
        switch self {
        case .unreadablePlan(let file, let reason):
            "\(file): the example plan cannot be read: \(reason)"
        case .unknownLocality(let file, let code):
            "\(file): locality \"\(code)\" is not in the region"
        case .impossibleTotal(let what, let total):
            "the example cannot share out \(total) \(what)"
        case .foreignStore(let path):
            "\(path) is a store the example cycle did not create; it is left as it is"
        case .unexpectedOutcome(let file, let found, let expected):
            "\(file): the example expected \(expected) but found \(found)"
        }
    }
}

import Foundation

/// A file refused as a whole: every problem found in it, row by row or cell by cell; nothing from it was
/// taken.
///
/// Every import that checks a file before it keeps anything (indicator figures, Market Place entries)
/// throws this one error, so every front door reports a refused file the same way.
public struct FileRejection: Error, Sendable, Hashable, CustomStringConvertible {
    /// The name of the refused file, as the problems give it.
    public var file: String
    /// Every problem found, in the order found.
    public var problems: [Problem]

    /// The refusal of `file` for `problems`.
    public init(file: String, problems: [Problem]) {
        self.file = file
        self.problems = problems
    }

    /// The problems, a line each.
    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}

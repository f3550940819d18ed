import ArgumentParser
import Foundation
import SLIKit

/// How every command reports the problems it found in a file, one way: a line per problem,
/// `error: ...` or `warning: ...` in the words of ``Problem``, and, when a file is refused, a closing line
/// saying that nothing was taken from it.
enum ProblemReport {
    /// `error: Bolton.xml: sheet "Co-sleeping" cell D7: rating "7" is not on the scale 0-4 (or N/A)`.
    static func line(_ problem: Problem) -> String {
        "\(problem.severity.rawValue): \(problem)"
    }

    /// Writes `problems` to standard error, a line each.
    static func write(_ problems: [Problem]) {
        FileHandle.standardError.write(Data(problems.map { line($0) + "\n" }.joined().utf8))
    }

    /// Writes `problems` to standard error and `nothing imported from FILE: N problems`, and gives the exit
    /// status a refused file ends the command with.
    static func refused(_ problems: [Problem], file: String) -> ExitCode {
        write(problems)
        let count = "\(problems.count) problem\(problems.count == 1 ? "" : "s")"
        FileHandle.standardError.write(Data("nothing imported from \(file): \(count)\n".utf8))
        return .failure
    }

    /// Writes a refused file's problems and the closing line; returns the exit status.
    static func refused(_ rejection: FileRejection) -> ExitCode {
        refused(rejection.problems, file: rejection.file)
    }
}

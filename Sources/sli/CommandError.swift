/// A problem with what the store holds rather than with the command line, reported as one lower-case
/// line (`Error: …` on standard error, exit status 1) without the usage text a command-line mistake gets.
struct CommandError: Error, CustomStringConvertible {
    /// What was found and what was expected.
    let description: String

    /// An error that says `description`.
    init(_ description: String) { self.description = description }
}

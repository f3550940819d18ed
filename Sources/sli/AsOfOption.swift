import ArgumentParser
import Foundation

/// The `--as-of YYYY-MM-DD` option of the tracking commands: the day statuses and overdue dates are for.
struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"), help: "The day to report on, YYYY-MM-DD or DD/MM/YYYY (default: today).")
    var asOf: String?

    /// The day `--as-of` names, or today (UTC) when it is not given.
    func day() throws -> Date { try DateOption.day(asOf, option: "--as-of") }
}

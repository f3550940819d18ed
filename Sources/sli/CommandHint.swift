import ArgumentParser
import ExampleCycleKit
import SLIKit

/// The command-line hints added to the library's errors: which command or option answers them.
///
/// The library says what is wrong and what is needed; only the command line knows its own commands,
/// options and environment variables, so it adds them here, once for every command.
enum CommandHint {
    /// `error` with the hint the command line gives for it, or `error` itself when there is none.
    static func hinted(_ error: any Error) -> any Error {
        switch error {
        case StoreError.unknownCycle, StoreError.unknownBaselineCycle:
            CommandError("\(error) (see `sli cycle list`)")
        case StoreError.noStore:
            CommandError(
                "\(error) (create a cycle first with `sli cycle create`, or name the store with --store PATH or"
                    + " \(StoreLocation.environmentVariable))")
        case ExampleCycleError.foreignStore(let path):
            CommandError(
                "\(path) is a store sli demo did not create; it is left as it is (give the demo another --out folder)")
        default:
            error
        }
    }
}

import ArgumentParser
import Foundation
import SLIKit

/// The store and cycle options the tracking commands share, and what they open.
struct TrackingCycleOptions: ParsableArguments {
    @Option(help: "The store file (default: $SLI_STORE, else ./sli.sqlite).")
    var store: String?

    @Option(help: "The cycle, by name or id.")
    var cycle: String

    /// The opened store, the cycle, and its framework and region from the catalog.
    func open() throws -> (store: Store, cycle: Cycle, framework: Framework, region: Region) {
        let store = try Store(path: StoreLocation.resolve(option: store))
        let cycle = try store.cycle(cycle)
        let catalog = Catalog.default
        return (store, cycle, try catalog.framework(id: cycle.frameworkID), try catalog.region(id: cycle.regionID))
    }

    /// The day `text` names (`YYYY-MM-DD`), or today (UTC) when it is `nil`.
    static func day(_ text: String?, option: String) throws -> Date {
        guard let text else {
            return Date(timeIntervalSince1970: (Date().timeIntervalSince1970 / 86_400).rounded(.down) * 86_400)
        }
        guard let date = ISODateText.parse(text) else {
            throw ValidationError("\(option) \"\(text)\" is not a date: expected YYYY-MM-DD")
        }
        return date
    }

    /// The locality's name for `code`, with the code (`Bolton (E08000001)`), or the code alone.
    static func name(_ code: String, in region: Region) -> String {
        region.locality(code: code).map { "\($0.name) (\(code))" } ?? code
    }
}

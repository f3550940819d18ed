import ArgumentParser
import Foundation
import SLIKit

extension SLI.CatalogCommand {
    /// `sli catalog list`: every framework and region, with what it holds.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the frameworks and regions, with their counts of themes, items and localities."
        )

        func run() throws {
            let catalog = Catalog.default
            var failures: [String] = []
            print("Frameworks (\(catalog.directory.appendingPathComponent("templates").path))")
            for id in try catalog.frameworkIDs() {
                do {
                    let framework = try catalog.framework(id: id)
                    let items = framework.allItems
                    let assessed = items.filter { $0.role == .assessed }.count
                    print(
                        "  \(id): \(framework.themes.count) themes, \(assessed) assessed items, "
                            + "\(items.count - assessed) tracked items, \(framework.statements.count) statements")
                } catch {
                    failures.append("\(error)")
                }
            }
            print("Regions (\(catalog.directory.appendingPathComponent("regions").path))")
            for id in try catalog.regionIDs() {
                do {
                    let region = try catalog.region(id: id)
                    print(
                        "  \(id): \(region.name), \(region.localities.count) localities in "
                            + "\(region.subRegions.count) sub-regions")
                } catch {
                    failures.append("\(error)")
                }
            }
            guard failures.isEmpty else {
                FileHandle.standardError.write(Data(failures.map { "error: \($0)\n" }.joined().utf8))
                throw ExitCode.failure
            }
        }
    }
}

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
                        "  \(id): \(Self.count(framework.themes.count, "theme")), "
                            + "\(Self.count(assessed, "assessed item")), "
                            + "\(Self.count(items.count - assessed, "tracked item")), "
                            + Self.count(framework.statements.count, "statement"))
                } catch {
                    failures.append("\(error)")
                }
            }
            print("Regions (\(catalog.directory.appendingPathComponent("regions").path))")
            for id in try catalog.regionIDs() {
                do {
                    let region = try catalog.region(id: id)
                    print(
                        "  \(id): \(region.name), \(Self.count(region.localities.count, "locality", "localities")) in "
                            + Self.count(region.subRegions.count, "sub-region"))
                } catch {
                    failures.append("\(error)")
                }
            }
            guard failures.isEmpty else {
                FileHandle.standardError.write(Data(failures.map { "error: \($0)\n" }.joined().utf8))
                throw ExitCode.failure
            }
        }

        /// `1 theme`, `7 themes`.
        static func count(_ number: Int, _ singular: String, _ plural: String? = nil) -> String {
            "\(number) \(number == 1 ? singular : plural ?? singular + "s")"
        }
    }
}

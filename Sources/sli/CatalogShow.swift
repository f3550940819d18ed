import ArgumentParser
import Foundation
import SLIKit

extension SLI.CatalogCommand {
    /// `sli catalog show ID`: a framework's themes and items, or a region's sub-regions and localities.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a framework's themes and items, or a region's sub-regions and localities."
        )

        @Argument(help: "A framework id (e.g. nw-infant-mortality-2016) or a region id (e.g. north-west).")
        var id: String

        func run() throws {
            let catalog = Catalog.default
            let frameworks = try catalog.frameworkIDs()
            let regions = try catalog.regionIDs()
            if frameworks.contains(id) {
                print(Self.describe(try catalog.framework(id: id)), terminator: "")
            } else if regions.contains(id) {
                print(Self.describe(try catalog.region(id: id)), terminator: "")
            } else {
                throw ValidationError(
                    "no framework or region \"\(id)\" (frameworks: \(frameworks.joined(separator: ", ")); "
                        + "regions: \(regions.joined(separator: ", ")))")
            }
        }

        /// A framework as text: heading, scale, themes with their items, statements.
        static func describe(_ framework: Framework) -> String {
            var text = "\(framework.id) version \(framework.version): \(framework.title)\n"
            if let source = framework.source { text += "source: \(source)\n" }
            let levels = framework.scale.levels.map { "\($0.value) \($0.label)" }
            text += "scale: \(levels.joined(separator: ", ")); \(framework.scale.notApplicable) not applicable\n"
            for theme in framework.themes {
                let group = theme.group.map { " [\($0)]" } ?? ""
                text += "\n\(theme.name) (\(theme.id))\(group): \(theme.assessedItems.count) assessed, "
                text += "\(theme.trackedItems.count) tracked\n"
                for item in theme.items {
                    let marks = (item.fromMarketPlace ? " (from the Market Place)" : "")
                    let wording = item.text.replacingOccurrences(of: "\n", with: "\n      ")
                    text += "  \(item.id) [\(item.role.rawValue)] \(wording)\(marks)\n"
                    if let lead = item.proposedLead { text += "      lead: \(lead)\n" }
                }
            }
            if !framework.statements.isEmpty {
                text += "\nStatements\n"
                for statement in framework.statements { text += "  \(statement.group): \(statement.text)\n" }
            }
            return text
        }

        /// A region as text: heading, sub-regions with their localities, lead bodies.
        static func describe(_ region: Region) -> String {
            var text = "\(region.id): \(region.name)" + (region.code.map { " (\($0))" } ?? "") + "\n"
            for subRegion in region.subRegions {
                let localities = region.localities(inSubRegion: subRegion.id)
                text += "\n\(subRegion.name) (\(subRegion.id)): \(localities.count) localities\n"
                for locality in localities {
                    let aliases = locality.aliases.isEmpty ? "" : " (also \(locality.aliases.joined(separator: ", ")))"
                    text += "  \(locality.code) \(locality.name)\(aliases)\n"
                }
            }
            if !region.leadBodies.isEmpty {
                text += "\nLead bodies\n"
                for body in region.leadBodies { text += "  \(body)\n" }
            }
            return text
        }
    }
}

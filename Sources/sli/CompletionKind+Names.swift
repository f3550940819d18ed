import ArgumentParser
import Foundation
import SLIKit
import SQLiteStore

extension CompletionKind {
    /// The names of the cycles in the store the command line names with `--store` (else `$SLI_STORE`, else
    /// `./sli.sqlite`); nothing when there is no store there.
    static var cycleNames: CompletionKind {
        .custom { words, _, prefix in
            let path = StoreLocation.resolve(option: value(of: "--store", in: words))
            guard FileManager.default.fileExists(atPath: path), let names = try? Store(path: path).cycleNamesNow()
            else {
                return []
            }
            return matching(names, prefix)
        }
    }

    /// The identifiers of the frameworks in the catalog.
    static var frameworkIDs: CompletionKind {
        .custom { _, _, prefix in matching((try? Catalog.default.frameworkIDs()) ?? [], prefix) }
    }

    /// The identifiers of the regions in the catalog.
    static var regionIDs: CompletionKind {
        .custom { _, _, prefix in matching((try? Catalog.default.regionIDs()) ?? [], prefix) }
    }

    /// The names of the localities of the region the command line names with `--region`, else of every
    /// region in the catalog.
    static var localityNames: CompletionKind {
        .custom { words, _, prefix in
            let catalog = Catalog.default
            let regions = value(of: "--region", in: words).map { [$0] } ?? (try? catalog.regionIDs()) ?? []
            let names = regions.flatMap { id in (try? catalog.region(id: id))?.localities.map(\.name) ?? [] }
            return matching(names, prefix)
        }
    }

    /// The word after `option` on the command line, if any.
    private static func value(of option: String, in words: [String]) -> String? {
        guard let index = words.lastIndex(of: option), index + 1 < words.count else { return nil }
        return words[index + 1]
    }

    /// The `names` that start with `prefix`, ignoring case.
    private static func matching(_ names: [String], _ prefix: String) -> [String] {
        names.filter { $0.lowercased().hasPrefix(prefix.lowercased()) }
    }
}

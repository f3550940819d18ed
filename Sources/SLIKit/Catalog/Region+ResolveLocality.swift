import Foundation

extension Region {
    /// The locality a person means by `nameOrCode`: its ONS code, its name or any of its aliases.
    ///
    /// Case, accents, spaces and punctuation do not matter and `&` reads as `and`, so `st helens`,
    /// `ST. HELENS` and `E08000013` all find St Helens.
    ///
    /// - Throws: `CatalogError.unknownLocality` when nothing matches; it suggests the closest names, e.g.
    ///   `no locality "Boltn" in North West England; did you mean Bolton?`.
    public func resolveLocality(_ nameOrCode: String) throws -> Locality {
        let key = LocalityName.key(nameOrCode)
        if let locality = localities.first(where: { LocalityName.key($0.code) == key }) { return locality }
        if !key.isEmpty,
            let locality = localities.first(where: { ([$0.name] + $0.aliases).map(LocalityName.key).contains(key) })
        {
            return locality
        }
        throw CatalogError.unknownLocality(
            name: nameOrCode.trimmingCharacters(in: .whitespacesAndNewlines), region: name,
            count: localities.count, suggestions: closestLocalityNames(to: key))
    }

    /// The names of the localities closest to `key` (at most three, closest first).
    ///
    /// A locality is close when one of its names starts with `key` (three characters or more) or is
    /// within a few edits of it: one edit per three characters, at least one, at most three.
    func closestLocalityNames(to key: String) -> [String] {
        guard !key.isEmpty else { return [] }
        let allowed = min(3, max(1, key.count / 3))
        let scored = localities.compactMap { locality -> (name: String, score: Int)? in
            let scores = ([locality.name] + locality.aliases).map(LocalityName.key).map { candidate in
                key.count >= 3 && candidate.hasPrefix(key) ? 0 : LocalityName.distance(key, candidate)
            }
            guard let best = scores.min(), best <= allowed else { return nil }
            return (locality.name, best)
        }
        return scored.sorted { ($0.score, $0.name) < ($1.score, $1.name) }.prefix(3).map(\.name)
    }
}

import Foundation

/// How locality names are compared: case, accents, punctuation and spacing do not matter, and `&` reads
/// as `and`.
enum LocalityName {
    /// The form two names are compared in: `St. Helens` and `st helens` both become `sthelens`.
    static func key(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "&", with: " and ")
        return String(folded.unicodeScalars.filter(CharacterSet.alphanumerics.contains).map(Character.init))
    }

    /// The number of single-character insertions, deletions and substitutions that turn `a` into `b`.
    ///
    /// - Complexity: O(*a* × *b*) time, O(*b*) space.
    static func distance(_ a: String, _ b: String) -> Int {
        let source = Array(a)
        let target = Array(b)
        var previous = Array(0...target.count)
        for (i, character) in source.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: target.count)
            for (j, other) in target.enumerated() {
                let substitution = previous[j] + (character == other ? 0 : 1)
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, substitution)
            }
            previous = current
        }
        return previous[target.count]
    }
}

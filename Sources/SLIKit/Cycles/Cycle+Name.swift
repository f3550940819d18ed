import Foundation

extension Cycle {
    /// Whether `name` can name a cycle and so be part of a file name anywhere: no path separators, no
    /// leading dot, nothing but letters, digits, spaces, dots, dashes and underscores. Every store checks
    /// it before it creates a cycle.
    public static func isUsableName(_ name: String) -> Bool {
        guard (1...100).contains(name.count), let first = name.unicodeScalars.first,
            CharacterSet.alphanumerics.contains(first)
        else { return false }
        return name.unicodeScalars.allSatisfy {
            CharacterSet.alphanumerics.contains($0) || " .-_".unicodeScalars.contains($0)
        }
    }
}

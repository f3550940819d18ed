/// Why a store could not be copied, or why the copy is not faithful.
public enum StoreCopyError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The target already holds data in these tables; nothing was written.
    case targetNotEmpty([String])
    /// The copy differs from the original in these ways.
    case verificationFailed([String])

    /// A lower-case message that says what was found.
    public var description: String {
        switch self {
        case .targetNotEmpty(let tables):
            "the store to copy into is not empty (it holds rows in \(tables.joined(separator: ", "))); nothing was"
                + " copied: copy into a new, empty store"
        case .verificationFailed(let differences):
            "the copy differs from the original: " + differences.joined(separator: "; ")
        }
    }
}

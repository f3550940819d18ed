/// A PostgreSQL URL that does not say where the store is.
public struct PostgresLocationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The URL as given.
    public var url: String
    /// What the URL should have held.
    public var expected: String

    /// An error about `url`, which lacks `expected`.
    public init(url: String, expected: String) {
        self.url = url
        self.expected = expected
    }

    /// A lower-case message naming the URL and what was expected.
    public var description: String { "\"\(url)\" is not a PostgreSQL store URL (expected \(expected))" }
}

import Foundation

/// Where a PostgreSQL store lives: a server, a database on it and the schema that holds sli's tables.
///
/// Written as a URL, `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?schema=SCHEMA]`; the schema is
/// `public` unless one is named, and is created when missing.
public struct PostgresLocation: Sendable, Hashable, CustomStringConvertible {
    /// The server's host name or address.
    public var host: String
    /// The server's TCP port.
    public var port: Int
    /// The role to connect as.
    public var user: String
    /// The role's password, when the server asks for one.
    public var password: String?
    /// The database on the server.
    public var database: String
    /// The schema that holds the store's tables.
    public var schema: String

    /// A location with the given parts.
    public init(
        host: String, port: Int = 5432, user: String, password: String? = nil, database: String,
        schema: String = "public"
    ) {
        self.host = host
        self.port = port
        self.user = user
        self.password = password
        self.database = database
        self.schema = schema
    }

    /// The location a `postgres://` or `postgresql://` URL names.
    ///
    /// - Throws: ``PostgresLocationError`` naming the part that is missing or wrong.
    public init(url text: String) throws {
        guard Self.isURL(text), let components = URLComponents(string: text) else {
            throw PostgresLocationError(url: text, expected: "postgres://USER@HOST:PORT/DATABASE")
        }
        guard let host = components.host, !host.isEmpty else {
            throw PostgresLocationError(url: text, expected: "a host after the @, as in postgres://USER@HOST/DATABASE")
        }
        guard let user = components.user, !user.isEmpty else {
            throw PostgresLocationError(
                url: text, expected: "a user before the host, as in postgres://USER@HOST/DATABASE")
        }
        let database = String(components.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else {
            throw PostgresLocationError(
                url: text, expected: "a database after the host, as in postgres://USER@HOST/DATABASE")
        }
        var schema = "public"
        for item in components.queryItems ?? [] {
            guard item.name == "schema", let value = item.value, Self.isPlainIdentifier(value) else {
                throw PostgresLocationError(
                    url: text,
                    expected: "only ?schema=NAME after the database, NAME in lower-case letters, digits and _")
            }
            schema = value
        }
        self.init(
            host: host, port: components.port ?? 5432, user: user.removingPercentEncoding ?? user,
            password: components.password.map { $0.removingPercentEncoding ?? $0 },
            database: database.removingPercentEncoding ?? database, schema: schema)
    }

    /// Whether `text` is a PostgreSQL URL rather than a file path.
    public static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Whether `name` can be a schema's name without quoting: lower-case letters, digits and `_`, not
    /// beginning with a digit.
    static func isPlainIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, (1...63).contains(name.utf8.count), !("0"..."9").contains(first)
        else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    /// The location as a URL without its password, as messages name it.
    public var description: String {
        "postgres://\(user)@\(host):\(port)/\(database)" + (schema == "public" ? "" : "?schema=\(schema)")
    }
}

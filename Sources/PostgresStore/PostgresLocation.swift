import Foundation

/// Where a PostgreSQL store lives: a server, a database on it and the schema that holds sli's tables.
///
/// Written as a URL, `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?schema=SCHEMA]`; the schema is
/// `public` unless one is named, and is created when missing. As with libpq, `sslmode=MODE` says whether
/// the connection uses TLS (``PostgresTLSMode``, `prefer` unless given) and `sslrootcert=FILE` names the
/// PEM file of the authorities that sign the server's certificate (the system's own otherwise).
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
    /// Whether and how the connection uses TLS.
    public var tls: PostgresTLSMode
    /// The PEM file of the certificate authorities to trust, instead of the system's.
    public var rootCertificatePath: String?

    /// A location with the given parts.
    public init(
        host: String, port: Int = 5432, user: String, password: String? = nil, database: String,
        schema: String = "public", tls: PostgresTLSMode = .prefer, rootCertificatePath: String? = nil
    ) {
        self.host = host
        self.port = port
        self.user = user
        self.password = password
        self.database = database
        self.schema = schema
        self.tls = tls
        self.rootCertificatePath = rootCertificatePath
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
        var tls = PostgresTLSMode.prefer
        var rootCertificatePath: String?
        for item in components.queryItems ?? [] {
            switch (item.name, item.value) {
            case ("schema", let value?) where Self.isPlainIdentifier(value):
                schema = value
            case ("sslmode", let value?):
                guard let mode = PostgresTLSMode(rawValue: value) else {
                    throw PostgresLocationError(
                        url: text,
                        expected: "sslmode to be one of "
                            + PostgresTLSMode.allCases.map(\.rawValue).joined(separator: ", "))
                }
                tls = mode
            case ("sslrootcert", let value?) where !value.isEmpty:
                rootCertificatePath = value
            default:
                throw PostgresLocationError(
                    url: text,
                    expected: "only schema=NAME (lower-case letters, digits and _), sslmode=MODE and"
                        + " sslrootcert=FILE after the database")
            }
        }
        self.init(
            host: host, port: components.port ?? 5432, user: user.removingPercentEncoding ?? user,
            password: components.password.map { $0.removingPercentEncoding ?? $0 },
            database: database.removingPercentEncoding ?? database, schema: schema, tls: tls,
            rootCertificatePath: rootCertificatePath)
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
        var options: [String] = []
        if schema != "public" { options.append("schema=\(schema)") }
        if tls != .prefer { options.append("sslmode=\(tls.rawValue)") }
        if let rootCertificatePath { options.append("sslrootcert=\(rootCertificatePath)") }
        return "postgres://\(user)@\(host):\(port)/\(database)"
            + (options.isEmpty ? "" : "?" + options.joined(separator: "&"))
    }
}

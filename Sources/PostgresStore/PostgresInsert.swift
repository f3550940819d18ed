import Logging
import PostgresNIO

/// The rows of one table to insert in as few statements as the server allows: one multi-row
/// `INSERT ... VALUES (...), (...)` per 65,535 values, in place of a round trip per row.
struct PostgresInsert {
    /// The most values one statement may carry (the protocol counts them in 16 bits).
    static let maximumValues = 65_535

    private let head: String
    private let width: Int
    private var statements: [PostgresQuery] = []
    private var rows: [String] = []
    private var bindings = PostgresBindings()

    /// An insert into `table` of rows with `columns`, in that order.
    init(into table: String, columns: [String]) {
        head = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
        width = columns.count
    }

    /// Adds a row; `values` appends exactly one value per column, in the columns' order.
    mutating func append(_ values: (inout PostgresBindings) -> Void) {
        if bindings.count + width > Self.maximumValues { finishStatement() }
        let first = bindings.count
        values(&bindings)
        rows.append("(" + (first..<bindings.count).map { "$\($0 + 1)" }.joined(separator: ", ") + ")")
    }

    /// Runs the statements on `connection`; nothing is sent when no row was added.
    mutating func run(on connection: PostgresConnection, logger: Logger) async throws {
        finishStatement()
        for statement in statements { try await connection.query(statement, logger: logger) }
        statements.removeAll()
    }

    /// Inserts `items` as rows of one submission's table, in order: each row is `submission_id`, the
    /// item's `position`, then the values `values` appends for the other `columns`.
    static func positioned<Item>(
        _ items: [Item], into table: String, columns: [String], submission id: Int64,
        on connection: PostgresConnection, logger: Logger, _ values: (Item, inout PostgresBindings) -> Void
    ) async throws {
        var insert = PostgresInsert(into: table, columns: ["submission_id", "position"] + columns)
        for (position, item) in items.enumerated() {
            insert.append { row in
                row.append(id)
                row.append(position)
                values(item, &row)
            }
        }
        try await insert.run(on: connection, logger: logger)
    }

    private mutating func finishStatement() {
        guard !rows.isEmpty else { return }
        statements.append(PostgresQuery(unsafeSQL: head + rows.joined(separator: ", "), binds: bindings))
        rows.removeAll()
        bindings = PostgresBindings()
    }
}

import Foundation

/// Lays rows out in left-aligned columns two spaces apart, for terminal output.
enum TextTable {
    /// The rows as lines, each padded to its column's widest cell (the last column unpadded).
    static func render(_ rows: [[String]]) -> String {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in
            rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
        }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ") + "\n"
        }.joined()
    }

    /// A header line and the rows under it, laid out as by ``render(_:)``.
    static func render(_ header: [String], _ rows: [[String]]) -> String {
        render([header] + rows)
    }
}

import SpreadsheetKit

/// Every locality's contact list as a table of text, one row per contact seen from each side, for CSV
/// and spreadsheet exports.
public struct ContactTable: Sendable, Hashable {
    /// The column headings.
    public static let header = [
        "locality", "direction", "other locality", "theme", "item", "request", "offer", "their leads", "own leads",
        "crosses sub-region",
    ]

    /// The rows, without the header, locality by locality.
    public var rows: [[String]]

    /// The table of `lists`, with localities and themes named by the closures.
    public init(
        lists: [ContactList], localityName: (String) -> String = { $0 }, themeName: (String) -> String = { $0 }
    ) {
        var rows: [[String]] = []
        for list in lists {
            let sides = list.willContact.map { ("will contact", $0) } + list.contactedBy.map { ("contacted by", $0) }
            for (direction, contact) in sides {
                rows.append([
                    localityName(list.localityCode), direction, localityName(contact.localityCode),
                    themeName(contact.themeID), contact.itemID ?? "", contact.requestTitle, contact.offerTitle,
                    contact.theirLeads.joined(separator: "; "), contact.ownLeads.joined(separator: "; "),
                    contact.crossesSubRegion ? "yes" : "no",
                ])
            }
        }
        self.rows = rows
    }

    /// The table as CSV (RFC 4180, CRLF line ends).
    public var csv: String {
        ([Self.header] + rows).map(DelimitedText.line).joined()
    }
}

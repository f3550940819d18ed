/// Reads `xl/workbook.xml`: the sheets in tab order with their relationship ids, and the date system.
final class XLSXWorkbookHandler: XMLEventHandler {
    /// The sheets' names and relationship ids, in tab order.
    private(set) var sheets: [(name: String, relationshipID: String)] = []
    /// Whether dates count from 1904 (`workbookPr date1904="1"`).
    private(set) var uses1904 = false

    func startElement(_ name: XMLName, attributes: XMLAttributes) throws {
        switch name.token {
        case .sheet:
            if let sheetName = attributes.string(.name), let id = attributes.string(.id) {
                sheets.append((sheetName, id))
            }
        case .workbookPr:
            let flag = attributes.string(.date1904)
            uses1904 = flag == "1" || flag == "true"
        default:
            break
        }
    }

    func endElement(_ name: XMLName) throws {}

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws {}
}

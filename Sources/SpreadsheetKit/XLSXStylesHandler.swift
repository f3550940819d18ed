/// Reads `xl/styles.xml` for one thing: which cell formats (`cellXfs`) show dates.
final class XLSXStylesHandler: XMLEventHandler {
    /// For each cell format index, whether its number format is a date or time format.
    private(set) var dateFormats: [Bool] = []
    private var customFormats: [Int: String] = [:]
    private var formatIDs: [Int] = []
    private var inCellFormats = false
    private var depth = 0

    func startElement(_ name: XMLName, attributes: XMLAttributes) throws {
        depth += 1
        switch name.token {
        case .numFmt:
            if let id = attributes.integer(.numFmtId), let code = attributes.string(.formatCode) {
                customFormats[id] = code
            }
        case .cellXfs:
            inCellFormats = true
            depth = 1
        case .xf where inCellFormats && depth == 2:
            formatIDs.append(attributes.integer(.numFmtId) ?? 0)
        default:
            break
        }
    }

    func endElement(_ name: XMLName) throws {
        depth -= 1
        if name.token == .cellXfs {
            inCellFormats = false
            dateFormats = formatIDs.map { id in
                if let code = customFormats[id] { return ExcelDate.isDateFormat(code) }
                return ExcelDate.builtInDateFormats.contains(id)
            }
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws {}
}

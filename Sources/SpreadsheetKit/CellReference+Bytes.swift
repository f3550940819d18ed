extension CellReference {
    /// Parses A1 notation from UTF-8 bytes (`$` ignored) without checking the sheet limits, so that a
    /// reader can report a reference beyond them; `nil` when the bytes are not a reference.
    static func unbounded(utf8 bytes: some Sequence<UInt8>) -> CellReference? {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for byte in bytes where byte != UInt8(ascii: "$") {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0:
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
                letters += 1
            case UInt8(ascii: "a")...UInt8(ascii: "z") where digits == 0:
                column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9") where letters > 0:
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            default:
                return nil
            }
            if letters > 3 || digits > 7 { return nil }
        }
        guard letters > 0, digits > 0, row >= 1 else { return nil }
        return CellReference(row: row - 1, column: column - 1)
    }
}

import Testing

@testable import SpreadsheetKit

@Suite("XLSX shared-string table")
struct SharedStringsTests {
    @Test func readsBackEveryStringAcrossBlocks() {
        var table = SharedStrings()
        var expected: [String] = []
        for index in 0..<3_000 {
            let text = String(index) + String(repeating: "é", count: 500)
            expected.append(text)
            index % 2 == 0 ? table.append(text) : Array(text.utf8).withUnsafeBufferPointer { table.append($0) }
        }
        for text in ["", String(repeating: "x", count: 3 << 20), "last"] {
            expected.append(text)
            table.append(text)
        }
        #expect(table.count == expected.count)
        #expect((0..<table.count).allSatisfy { table[$0] == expected[$0] })
    }
}

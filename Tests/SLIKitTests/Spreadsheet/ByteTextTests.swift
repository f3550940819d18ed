import Foundation
import Testing

@testable import SLIKit
@testable import SpreadsheetKit

@Suite("Numbers from bytes")
struct ByteTextTests {
    private func double(_ text: String) -> Double? {
        Array(text.utf8).withUnsafeBufferPointer { ByteText.double($0) }
    }

    @Test(arguments: [
        "0", "-0", "1", "1.", ".5", "-.5", "0.1", "123.4567", "-1234.5678", "999999999999999", "0.000000000000001",
        "1234567890.12345", "9007199254740993", "1234567890123456.7", "1e5", "-1.5E+3", " 42 ", "00012.3400",
    ])
    func readsDecimalsExactlyAsStrtodDoes(text: String) throws {
        let expected = try #require(Double(text.trimmingCharacters(in: .whitespaces)))
        #expect(double(text)?.bitPattern == expected.bitPattern)
    }

    @Test func readsEveryShortDecimalAsStrtodDoes() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let whole = Int(state >> 40) % 1_000_000
            let fraction = Int(state >> 8 & 0xFFFF_FFFF) % 100_000_000
            let text = "\(state & 1 == 0 ? "-" : "")\(whole).\(String(fraction).leftPadded(to: 8))"
            #expect(double(text)?.bitPattern == Double(text)?.bitPattern, "\(text)")
        }
    }

    @Test(arguments: ["", ".", "-", "1.2.3", "1,5", "+", "--1", "0x10", "nan", "inf"])
    func rejectsWhatIsNotANumber(text: String) {
        #expect(double(text) == nil)
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}

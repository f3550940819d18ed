import Foundation
import Testing

@testable import SLIKit
@testable import SpreadsheetKit

@Suite("Excel dates")
struct ExcelDateTests {
    private func text(_ serial: Double, uses1904: Bool = false) -> String? {
        ExcelDate.date(serial: serial, uses1904: uses1904).map(ISODateText.format)
    }

    @Test func countsThe1900SystemWithItsFictitiousLeapDay() {
        #expect(text(1) == "1900-01-01")
        #expect(text(59) == "1900-02-28")
        #expect(text(60) == "1900-02-28")
        #expect(text(61) == "1900-03-01")
        #expect(text(42430.75) == "2016-03-01T18:00:00")
        #expect(text(0.5) == "1899-12-30T12:00:00")
    }

    @Test func countsThe1904System() {
        #expect(text(0, uses1904: true) == "1904-01-01")
        #expect(text(40968, uses1904: true) == "2016-03-01")
    }

    @Test func leavesImpossibleSerialsAlone() {
        #expect(text(-1) == nil)
        #expect(text(3_000_000) == nil)
    }

    @Test(arguments: [
        ("yyyy-mm-dd", true), ("dd/mm/yyyy\\ hh:mm", true), ("[h]:mm", true), ("h:mm AM/PM", true),
        ("0.00%", false), ("General", false), ("0.00E+00", false), ("[Red]\"day\"\\ 0", false),
        ("#,##0;[Red]-#,##0", false), ("\"Date:\" @", false),
    ])
    func tellsDateFormatsFromOthers(code: String, isDate: Bool) {
        #expect(ExcelDate.isDateFormat(code) == isDate)
    }
}

import Foundation
import Testing

@testable import SLIKit
@testable import SpreadsheetKit

@Suite("ISO dates")
struct ISODateTextTests {
    @Test func formatsDayOnlyWithoutTime() {
        #expect(ISODateText.format(ISODateText.date(year: 2016, month: 2, day: 29)) == "2016-02-29")
    }

    @Test func formatsMillisecondsOnlyWhenPresent() throws {
        let withSeconds = try #require(ISODateText.parse("1999-12-31T23:59:58"))
        #expect(ISODateText.format(withSeconds) == "1999-12-31T23:59:58")
        let withMillis = try #require(ISODateText.parse("1900-01-01T00:00:00.250"))
        #expect(ISODateText.format(withMillis) == "1900-01-01T00:00:00.250")
    }

    @Test(arguments: ["2016-02-30", "2015-13-01", "16-01-01", "2016-01-01T25:00:00", "soon"])
    func rejectsImpossibleDates(text: String) {
        #expect(ISODateText.parse(text) == nil)
    }
}

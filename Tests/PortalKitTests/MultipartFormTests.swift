import Foundation
import Hummingbird
import Testing

@testable import PortalKit

@Suite("Multipart forms")
struct MultipartFormTests {
    @Test func readsFieldsAndAFileWhoseBytesHoldLineBreaksAndDashes() throws {
        let file = Data([0x50, 0x4B, 0x03, 0x04, 0x0D, 0x0A, 0x2D, 0x2D, 0x78, 0x0D, 0x0A, 0x00, 0xFF])
        var body = Data("--XyZ\r\nContent-Disposition: form-data; name=\"form-token\"\r\n\r\nabc\r\n".utf8)
        body.append(
            Data(
                ("--XyZ\r\nContent-Disposition: form-data; name=\"workbook\"; filename=\"Bolton 2016.xlsx\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n").utf8))
        body.append(file)
        body.append(Data("\r\n--XyZ--\r\n".utf8))
        #expect(MultipartForm.boundary(of: "multipart/form-data; boundary=\"XyZ\"") == "XyZ")
        #expect(MultipartForm.boundary(of: "application/x-www-form-urlencoded") == nil)
        let parts = try MultipartForm.parse(body, boundary: "XyZ")
        #expect(parts.fields == ["form-token": "abc"])
        #expect(parts.files["workbook"] == MultipartForm.File(fileName: "Bolton 2016.xlsx", data: file))
    }

    @Test func aBodyCutShortIsRefused() {
        let body = Data("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue without an end".utf8)
        #expect(throws: HTTPError.self) { try MultipartForm.parse(body, boundary: "XyZ") }
    }

    @Test func urlEncodedFieldsAreDecoded() {
        #expect(
            PortalForm.urlEncodedFields("email=lead%40example.org&note=a+b%26c&empty=")
                == ["email": "lead@example.org", "note": "a b&c", "empty": ""])
    }
}

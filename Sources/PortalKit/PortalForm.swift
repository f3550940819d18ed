import Foundation
import HTTPTypes
import Hummingbird
import SpreadsheetKit

/// A submitted form: its fields and files, read only after its token proved it came from a portal page.
///
/// Forms come URL-encoded or, with a file, as `multipart/form-data`; both carry the page's form token
/// in the field ``tokenField``, and a form without the token the browser's cookie holds is refused.
struct PortalForm: Sendable {
    /// The hidden field every form carries its token in.
    static let tokenField = "form-token"
    /// The largest body taken: the largest return a locality may send, with room for the form around it.
    static let maximumBodyBytes = ReadLimits.submission.maximumFileBytes + 64 * 1024

    /// The text fields by name.
    var fields: [String: String]
    /// The uploaded files by field name.
    var files: [String: MultipartForm.File]

    /// The text of field `name`, trimmed, or empty.
    subscript(_ name: String) -> String {
        fields[name]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    }

    /// Reads the form of `request`, refusing one too large or without the page's token.
    ///
    /// - Throws: `HTTPError` 413 for a body over ``maximumBodyBytes``, 403 for a missing or wrong token.
    static func read(_ request: Request, context: PortalRequestContext) async throws -> PortalForm {
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: maximumBodyBytes)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw HTTPError(
                .contentTooLarge,
                message: "the file is larger than a return may be (\(maximumBodyBytes / 1_048_576) MB):"
                    + " check that it is the self-assessment workbook, and send it without other files")
        }
        let bytes = Data(buffer: body)
        let type = request.headers[.contentType] ?? ""
        var form = PortalForm(fields: [:], files: [:])
        if let boundary = MultipartForm.boundary(of: type) {
            let parts = try MultipartForm.parse(bytes, boundary: boundary)
            form.fields = parts.fields
            form.files = parts.files
        } else {
            form.fields = urlEncodedFields(String(decoding: bytes, as: UTF8.self))
        }
        guard let token = form.fields[tokenField], !context.formToken.isEmpty,
            PortalToken.matches(token, context.formToken)
        else {
            throw HTTPError(
                .forbidden,
                message: "the form did not come from this portal's page, or the page is too old: go back, reload"
                    + " the page and send the form again")
        }
        return form
    }

    /// The fields of an `application/x-www-form-urlencoded` body (the last of repeated names counts).
    static func urlEncodedFields(_ text: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decoded(_ part: Substring) -> String {
                part.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(part)
            }
            fields[decoded(parts[0])] = parts.count > 1 ? decoded(parts[1]) : ""
        }
        return fields
    }
}

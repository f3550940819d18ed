import Foundation
import HTTPTypes
import Hummingbird

/// The parts of a `multipart/form-data` body (RFC 7578): text fields and uploaded files.
enum MultipartForm {
    /// An uploaded file: the name the browser gave it and its bytes.
    struct File: Sendable, Hashable {
        /// The file's name as the browser sent it (only ever shown, escaped, never used as a path).
        var fileName: String
        /// The file's bytes, exactly as sent.
        var data: Data
    }

    /// The boundary a `Content-Type: multipart/form-data; boundary=...` header names, if it is one.
    static func boundary(of contentType: String) -> String? {
        let parameters = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parameters.first?.lowercased() == "multipart/form-data" else { return nil }
        for parameter in parameters.dropFirst() where parameter.lowercased().hasPrefix("boundary=") {
            let value = parameter.dropFirst("boundary=".count)
            return value.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return nil
    }

    /// The text fields and files of `body`, split at `boundary`.
    ///
    /// - Throws: `HTTPError` 400 when the body is not well-formed multipart data.
    static func parse(_ body: Data, boundary: String) throws -> (fields: [String: String], files: [String: File]) {
        let malformed = HTTPError(.badRequest, message: "the form's data were cut short or garbled: send it again")
        let delimiter = Data("--\(boundary)".utf8)
        let separator = Data("\r\n\r\n".utf8)
        guard var start = body.range(of: delimiter)?.upperBound else { throw malformed }
        var fields: [String: String] = [:]
        var files: [String: File] = [:]
        while true {
            guard body[start...].starts(with: Data("\r\n".utf8)) else {
                if body[start...].starts(with: Data("--".utf8)) { return (fields, files) }
                throw malformed
            }
            start += 2
            guard let next = body.range(of: Data("\r\n".utf8) + delimiter, in: start..<body.endIndex),
                let headerEnd = body.range(of: separator, in: start..<next.lowerBound)
            else { throw malformed }
            let headers = String(decoding: body[start..<headerEnd.lowerBound], as: UTF8.self)
            let content = body[headerEnd.upperBound..<next.lowerBound]
            let disposition = Self.disposition(headers)
            if let name = disposition["name"] {
                if let fileName = disposition["filename"] {
                    files[name] = File(fileName: fileName, data: Data(content))
                } else {
                    fields[name] = String(decoding: content, as: UTF8.self)
                }
            }
            start = next.upperBound
        }
    }

    /// The parameters of a part's `Content-Disposition` header (`name`, `filename`).
    static func disposition(_ headers: String) -> [String: String] {
        var parameters: [String: String] = [:]
        for line in headers.components(separatedBy: "\r\n")
        where line.lowercased().hasPrefix("content-disposition:") {
            for parameter in line.split(separator: ";").dropFirst() {
                let pair = parameter.split(separator: "=", maxSplits: 1)
                guard pair.count == 2 else { continue }
                let key = pair[0].trimmingCharacters(in: .whitespaces).lowercased()
                parameters[key] = pair[1].trimmingCharacters(in: .whitespaces)
                    .trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
        }
        return parameters
    }
}

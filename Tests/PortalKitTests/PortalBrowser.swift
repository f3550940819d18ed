import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting

/// A browser for router tests: it keeps the cookies the portal sets and sends them back, and fills in
/// the form token the way a page's forms do.
struct PortalBrowser {
    let client: any TestClientProtocol
    private(set) var cookies: [String: String] = [:]
    /// Headers sent with every request (`X-Forwarded-Proto`, as a proxy would add it).
    var extraHeaders: HTTPFields = [:]

    init(_ client: any TestClientProtocol) {
        self.client = client
    }

    /// The form token the portal gave this browser (empty before its first page).
    var formToken: String { cookies["sli_form"] ?? "" }

    /// A GET of `path`.
    mutating func get(_ path: String) async throws -> TestResponse {
        try await send(path, method: .get, contentType: nil, body: nil)
    }

    /// A URL-encoded POST of `fields` to `path`, with the form token unless `withToken` is false.
    mutating func post(_ path: String, _ fields: [String: String] = [:], withToken: Bool = true) async throws
        -> TestResponse
    {
        if cookies["sli_form"] == nil { _ = try await get("/login") }
        var all = fields
        if withToken { all["form-token"] = formToken }
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        let body = all.sorted { $0.key < $1.key }.map { key, value in
            "\(key)=\(value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value)"
        }.joined(separator: "&")
        return try await send(
            path, method: .post, contentType: "application/x-www-form-urlencoded", body: ByteBuffer(string: body))
    }

    /// A multipart POST of `file` as the form's `workbook` field to `path`.
    mutating func upload(_ path: String, file: Data, fileName: String, withToken: Bool = true) async throws
        -> TestResponse
    {
        if cookies["sli_form"] == nil { _ = try await get("/login") }
        let boundary = "sli-test-boundary-7f3a"
        var body = Data()
        if withToken {
            body.append(
                Data(
                    "--\(boundary)\r\nContent-Disposition: form-data; name=\"form-token\"\r\n\r\n\(formToken)\r\n"
                        .utf8))
        }
        body.append(
            Data(
                ("--\(boundary)\r\nContent-Disposition: form-data; name=\"workbook\"; filename=\"\(fileName)\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n").utf8))
        body.append(file)
        body.append(Data("\r\n--\(boundary)--\r\n".utf8))
        return try await send(
            path, method: .post, contentType: "multipart/form-data; boundary=\(boundary)",
            body: ByteBuffer(bytes: body))
    }

    /// Signs in with `email` and the fixture's password (or `password`).
    @discardableResult
    mutating func signIn(_ email: String, password: String = PortalFixture.password) async throws -> TestResponse {
        try await post("/login", ["email": email, "password": password])
    }

    private mutating func send(_ path: String, method: HTTPRequest.Method, contentType: String?, body: ByteBuffer?)
        async throws -> TestResponse
    {
        var headers = extraHeaders
        if !cookies.isEmpty {
            headers[.cookie] = cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(
                separator: "; ")
        }
        if let contentType { headers[.contentType] = contentType }
        let response = try await client.execute(uri: path, method: method, headers: headers, body: body)
        for header in response.headers[values: .setCookie] {
            let pair = header.split(separator: ";")[0].split(
                separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard pair.count == 2 else { continue }
            if header.contains("Max-Age=0") {
                cookies[String(pair[0])] = nil
            } else {
                cookies[String(pair[0])] = String(pair[1])
            }
        }
        return response
    }
}

extension TestResponse {
    /// The body as text.
    var text: String { String(buffer: body) }
}

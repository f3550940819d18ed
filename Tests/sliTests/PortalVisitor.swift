import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore

/// Someone using the portal over real HTTP: keeps the cookies the portal sets (session and form token)
/// and sends them to whichever server it asks, as a browser behind a load balancer would.
struct PortalVisitor {
    private(set) var cookies: [String: String] = [:]

    /// What a server answered: the status and the page.
    struct Answer {
        var status: HTTPResponse.Status
        var page: String
    }

    /// A GET of `path` from the server on `port`.
    mutating func get(_ path: String, port: Int) async throws -> Answer {
        try await send(TestClient.Request(path, method: .get), port: port)
    }

    /// Signs in on the server on `port` with `email` and `password`, through the sign-in form.
    mutating func signIn(_ email: String, password: String, port: Int) async throws -> Answer {
        if cookies["sli_form"] == nil { _ = try await get("/login", port: port) }
        let fields = ["email": email, "password": password, "form-token": cookies["sli_form"] ?? ""]
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        let form = fields.map { "\($0)=\($1.addingPercentEncoding(withAllowedCharacters: allowed) ?? $1)" }
        var headers = HTTPFields()
        headers[.contentType] = "application/x-www-form-urlencoded"
        return try await send(
            TestClient.Request(
                "/login", method: .post, headers: headers, body: ByteBuffer(string: form.joined(separator: "&"))),
            port: port)
    }

    /// Uploads `file` through the locality page's form to `path` on the server on `port`.
    mutating func upload(_ file: URL, to path: String, port: Int) async throws -> Answer {
        let boundary = "sli-two-servers-\(UUID().uuidString)"
        var body = ByteBuffer(
            string: "--\(boundary)\r\nContent-Disposition: form-data; name=\"form-token\"\r\n\r\n"
                + "\(cookies["sli_form"] ?? "")\r\n--\(boundary)\r\nContent-Disposition: form-data;"
                + " name=\"workbook\"; filename=\"\(file.lastPathComponent)\"\r\n\r\n")
        body.writeBytes(try Data(contentsOf: file))
        body.writeString("\r\n--\(boundary)--\r\n")
        var headers = HTTPFields()
        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
        return try await send(TestClient.Request(path, method: .post, headers: headers, body: body), port: port)
    }

    /// Sends `request` with the cookies and keeps the ones the answer sets.
    private mutating func send(_ request: TestClient.Request, port: Int) async throws -> Answer {
        var request = request
        if !cookies.isEmpty {
            request.head.headerFields[.cookie] = cookies.map { "\($0)=\($1)" }.joined(separator: "; ")
        }
        let sent = request
        let response = try await TestClient.withClient(host: "127.0.0.1", port: port) { client in
            try await client.execute(sent)
        }
        for cookie in response.headers[values: .setCookie] {
            let pair = cookie.prefix { $0 != ";" }.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            if pair.count == 2 { cookies[String(pair[0])] = String(pair[1]) }
        }
        return Answer(status: response.status, page: response.body.map { String(buffer: $0) } ?? "")
    }
}

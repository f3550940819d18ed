import HTTPTypes
import Hummingbird
import SLIKit

/// The frame of every portal page: a phone-friendly layout, the signed-in person and a way out.
enum PortalPage {
    /// The style of every page, inline so that a page needs nothing else.
    static let style = """
        body{font-family:system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:0.5rem 1rem;line-height:1.4}
        table{border-collapse:collapse;width:100%;display:block;overflow-x:auto}
        th,td{border:1px solid #ccc;padding:0.3rem 0.5rem;text-align:left;vertical-align:top}
        header{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;border-bottom:1px solid #ccc}
        header form{margin-left:auto}input,select,button{font-size:1rem;padding:0.3rem;max-width:100%}
        label{display:block}form p input:not([type=file]),form p select{width:100%;box-sizing:border-box}
        .problem{color:#a00000}.ok{color:#006000}
        """

    /// The page titled `title` with `body`, for the person `context` says is signed in.
    static func response(
        _ title: String, context: PortalRequestContext, status: HTTPResponse.Status = .ok, _ body: [HTML]
    ) -> Response {
        var header: [HTML] = [.link("/", "sli portal")]
        if let account = context.account {
            header.append(.tag("span", "\(account.email) (\(account.role.label))"))
            header.append(.form("/logout", token: context.formToken, button: "Sign out"))
        }
        let page = HTML.element(
            "html", [("lang", "en")],
            [
                .element(
                    "head", [],
                    [
                        .void("meta", [("charset", "utf-8")]),
                        .void("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
                        .tag("title", "\(title) · sli portal"), .tag("style", style),
                    ]),
                .element(
                    "body", [],
                    [.element("header", [], header), .element("main", [], [.tag("h1", title)] + body)]),
            ])
        return html("<!DOCTYPE html>\n" + page.markup, status: status)
    }

    /// An HTML response with `markup` as its body.
    static func html(_ markup: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: markup)))
    }

    /// `name` with every character but ASCII letters, digits, `.`, `_`, `-` and space made `_`, so that it
    /// is safe in a header and as a file or folder name.
    static func safeName(_ name: String) -> String {
        String(name.map { $0.isASCII && ($0.isLetter || $0.isNumber || "._- ".contains($0)) ? $0 : "_" })
    }

    /// A download of `bytes` named `fileName` (made safe for the header) with the content type `type`.
    static func download(_ bytes: [UInt8], fileName: String, type: String) -> Response {
        Response(
            status: .ok,
            headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(safeName(fileName))\""],
            body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}

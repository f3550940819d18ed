import HTTPTypes
import Hummingbird
import SLIKit

/// The request context of every portal route: who is signed in, the form token, and whether the
/// request came over TLS.
public struct PortalRequestContext: RequestContext {
    /// Hummingbird's own per-request storage.
    public var coreContext: CoreRequestContextStorage
    /// The account signed in, if any.
    public var account: Account?
    /// The SHA-256 of the session cookie's token, when a session cookie came with the request.
    public var sessionTokenHash: String?
    /// The token every form on the page carries, which every POST must send back.
    public var formToken = ""
    /// Whether the browser reached the portal over TLS (directly or through a proxy that says so).
    public var isSecure = false

    /// Makes the context for one request.
    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    /// Uploads may be as large as a return may be, with room for the form around the file.
    public var maxUploadSize: Int { PortalForm.maximumBodyBytes }
}

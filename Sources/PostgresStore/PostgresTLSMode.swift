/// Whether and how the store's connections use TLS, named as libpq's `sslmode` names it, so that the
/// URL an IT department gives for `psql` works here too.
public enum PostgresTLSMode: String, Sendable, Hashable, CaseIterable {
    /// Never TLS.
    case disable
    /// TLS when the server offers it, without checking its certificate; plain otherwise (libpq's default).
    case prefer
    /// Always TLS, without checking the server's certificate unless an `sslrootcert` is given (then as
    /// ``verifyCA``): the link is encrypted, but a machine in the middle could answer in the server's place.
    case require
    /// Always TLS, with a certificate signed by a trusted authority (any host name).
    case verifyCA = "verify-ca"
    /// Always TLS, with a certificate signed by a trusted authority and made out to the host the URL names.
    case verifyFull = "verify-full"
}

import NIOSSL
import PostgresNIO

extension PostgresLocation {
    /// The TLS settings of the location's ``tls`` mode, for NIO's TLS: which certificates are checked,
    /// against which authorities. As in libpq, `require` with an `sslrootcert` checks the authority, as
    /// `verify-ca` does.
    func tlsConfiguration() -> TLSConfiguration {
        var configuration = TLSConfiguration.makeClientConfiguration()
        switch tls {
        case .require where rootCertificatePath != nil, .verifyCA:
            configuration.certificateVerification = .noHostnameVerification
        case .disable, .prefer, .require:
            configuration.certificateVerification = .none
        case .verifyFull:
            configuration.certificateVerification = .fullVerification
        }
        if let rootCertificatePath { configuration.trustRoots = .file(rootCertificatePath) }
        return configuration
    }

    /// The TLS setting of the pool's connections.
    func clientTLS() -> PostgresClient.Configuration.TLS {
        switch tls {
        case .disable: .disable
        case .prefer: .prefer(tlsConfiguration())
        case .require, .verifyCA, .verifyFull: .require(tlsConfiguration())
        }
    }

    /// The TLS setting of a connection made outside the pool.
    ///
    /// - Throws: NIO's TLS error when the settings cannot be made, as when the root certificate file
    ///   cannot be read.
    func connectionTLS() throws -> PostgresConnection.Configuration.TLS {
        switch tls {
        case .disable: .disable
        case .prefer: .prefer(try NIOSSLContext(configuration: tlsConfiguration()))
        case .require, .verifyCA, .verifyFull: .require(try NIOSSLContext(configuration: tlsConfiguration()))
        }
    }
}

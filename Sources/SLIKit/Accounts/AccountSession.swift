import Foundation

/// A signed-in browser: the store keeps only the SHA-256 of the cookie's token, with its expiry.
public struct AccountSession: Sendable, Hashable {
    /// The SHA-256 of the session cookie's token, in lower-case hexadecimal.
    public var tokenHash: String
    /// The account signed in.
    public var accountID: Int64
    /// When the session began.
    public var createdAt: Date
    /// When the session ends unless the person signs out first.
    public var expiresAt: Date

    /// A session with the given content.
    public init(tokenHash: String, accountID: Int64, createdAt: Date, expiresAt: Date) {
        self.tokenHash = tokenHash
        self.accountID = accountID
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }
}

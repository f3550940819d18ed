import Foundation

/// A person who signs in to the portal: their e-mail address, role and bcrypt password hash.
public struct Account: Sendable, Hashable, Identifiable {
    /// The store's identifier for the account.
    public var id: Int64
    /// The e-mail address the person signs in with, in lower case.
    public var email: String
    /// What the account is for.
    public var role: AccountRole
    /// The bcrypt hash of the password; the password itself is never kept.
    public var passwordHash: String
    /// Whether a network lead has revoked the account: it can then no longer sign in.
    public var revoked: Bool
    /// When the account was made.
    public var createdAt: Date

    /// An account with the given content.
    public init(
        id: Int64, email: String, role: AccountRole, passwordHash: String, revoked: Bool = false, createdAt: Date
    ) {
        self.id = id
        self.email = email
        self.role = role
        self.passwordHash = passwordHash
        self.revoked = revoked
        self.createdAt = createdAt
    }

    /// `email` as accounts keep it: trimmed and in lower case, so one address is one account.
    public static func normalized(email: String) -> String {
        email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}

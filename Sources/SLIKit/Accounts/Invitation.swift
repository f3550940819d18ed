import Foundation

/// A one-time invitation to make an account: the store keeps only the SHA-256 of the link's token.
public struct Invitation: Sendable, Hashable {
    /// The SHA-256 of the invitation token, in lower-case hexadecimal.
    public var tokenHash: String
    /// The e-mail address the account will have (empty when the invitee gives it: the first account).
    public var email: String
    /// The role the account will have.
    public var role: AccountRole
    /// Who made the invitation (an e-mail address, or the server for the first account).
    public var invitedBy: String
    /// When the invitation was made.
    public var createdAt: Date
    /// When the link stops working.
    public var expiresAt: Date
    /// When the invitation was used, if it was: it works once only.
    public var acceptedAt: Date?

    /// An invitation with the given content.
    public init(
        tokenHash: String, email: String, role: AccountRole, invitedBy: String, createdAt: Date, expiresAt: Date,
        acceptedAt: Date? = nil
    ) {
        self.tokenHash = tokenHash
        self.email = email
        self.role = role
        self.invitedBy = invitedBy
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.acceptedAt = acceptedAt
    }

    /// Whether the link can still make its account at `date`: not used and not expired.
    public func isOpen(at date: Date) -> Bool {
        acceptedAt == nil && date < expiresAt
    }

    /// Whether this is the link `sli serve` prints for the first network lead, whose invitee gives the
    /// e-mail address; it makes an account only while the store has none.
    public var isForFirstAccount: Bool { email.isEmpty }
}

import Foundation

/// Where the portal's accounts, invitations, sessions and audit log are kept.
///
/// Tokens are never stored: invitations and sessions are found by the SHA-256 of their token, so a copy
/// of the store lets nobody in. The audit log is append-only.
public protocol AccountRepository: Sendable {
    /// Makes an account.
    ///
    /// - Throws: ``AccountError/duplicateEmail(_:)`` when the address has an account.
    func createAccount(email: String, role: AccountRole, passwordHash: String, createdAt: Date) async throws
        -> Account

    /// Every account, oldest first.
    func accounts() async throws -> [Account]

    /// The account with the e-mail address (any case), if there is one.
    func account(email: String) async throws -> Account?

    /// Revokes the account: it can no longer sign in, and its sessions end.
    ///
    /// - Throws: ``AccountError/unknownAccount(_:)`` when no account has the id.
    func revokeAccount(id: Int64) async throws

    /// Keeps an invitation.
    func createInvitation(_ invitation: Invitation) async throws

    /// The invitation whose token has the hash, if it is open at `date` (not used, not expired; and for
    /// the first network lead's invitation, no account made yet: however many servers printed one, one
    /// first account is made).
    func openInvitation(tokenHash: String, at date: Date) async throws -> Invitation?

    /// Makes the invitation's account and marks the invitation used, in one transaction.
    ///
    /// The account gets the invitation's address, or `email` when the invitation names none (the link
    /// that makes the first network lead).
    ///
    /// - Throws: ``AccountError/invitationNotOpen`` when no open invitation has the hash,
    ///   ``AccountError/duplicateEmail(_:)`` when the address has an account by now.
    func acceptInvitation(tokenHash: String, email: String, passwordHash: String, at date: Date) async throws
        -> Account

    /// Keeps a new session.
    func createSession(_ session: AccountSession) async throws

    /// The account signed in by the session whose token has the hash: `nil` when there is no such
    /// session, when it has expired at `date` or when the account was revoked.
    func signedInAccount(sessionTokenHash: String, at date: Date) async throws -> Account?

    /// Ends the session whose token has the hash (signing out); nothing happens when there is none.
    func endSession(tokenHash: String) async throws

    /// Appends an entry to the audit log.
    func appendAudit(_ entry: AuditEntry) async throws

    /// The audit log, oldest first.
    func auditLog() async throws -> [AuditEntry]

    /// Keeps accounts and audit entries exactly as another store held them, in one transaction, for a
    /// copy between stores: each account with its id, address, role, password hash, revocation and date,
    /// and the audit entries in order, into a store that has no account and an empty log.
    func restoreAccounts(_ accounts: [Account], auditLog: [AuditEntry]) async throws

    /// How many entries by `actor` with `action` the audit log holds at or after `date` and after the
    /// actor's last entry with action `reset`: what one address did lately, on every server that shares
    /// the store.
    func auditCount(by actor: String, action: String, since date: Date, after reset: String) async throws -> Int
}

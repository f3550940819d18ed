import Foundation
import PostgresNIO
import SLIKit

extension PostgresStore: AccountRepository {
    /// The columns of `account` in the order ``account(from:)`` reads them.
    static let accountColumns = "id, email, role_kind, role_scope, password_hash, revoked, created_at"

    /// Makes an account.
    ///
    /// - Throws: `AccountError.duplicateEmail` when the address has an account, also when another server
    ///   made it a moment before.
    public func createAccount(email: String, role: AccountRole, passwordHash: String, createdAt: Date) async throws
        -> Account
    {
        let address = Account.normalized(email: email)
        return try await transaction("making the account \(address)", .write) { [self] connection in
            try await insertAccount(
                email: address, role: role, passwordHash: passwordHash, createdAt: Self.stored(createdAt),
                on: connection)
        }
    }

    /// Every account, oldest first.
    public func accounts() async throws -> [Account] {
        try await transaction("listing the accounts", .read) { [self] connection in
            try await connection.query(
                "SELECT \(unescaped: Self.accountColumns) FROM account ORDER BY id", logger: logger
            ).collect().compactMap { try Self.account(from: $0) }
        }
    }

    /// The account with the e-mail address (any case), if there is one.
    public func account(email: String) async throws -> Account? {
        let address = Account.normalized(email: email)
        return try await transaction("reading the account \(address)", .read) { [self] connection in
            try await connection.query(
                "SELECT \(unescaped: Self.accountColumns) FROM account WHERE email = \(address)", logger: logger
            ).collect().first.flatMap { try Self.account(from: $0) }
        }
    }

    /// Revokes the account and ends its sessions.
    public func revokeAccount(id: Int64) async throws {
        try await transaction("revoking account \(id)", .idempotentWrite) { [self] connection in
            let revoked = try await connection.query(
                "UPDATE account SET revoked = true WHERE id = \(id) RETURNING id", logger: logger
            ).collect()
            if revoked.isEmpty { throw AccountError.unknownAccount(id) }
            try await connection.query("DELETE FROM account_session WHERE account_id = \(id)", logger: logger)
        }
    }

    /// Keeps an invitation.
    public func createInvitation(_ invitation: Invitation) async throws {
        try await transaction("keeping an invitation for \(invitation.email)", .write) { [self] connection in
            _ = try await connection.query(
                """
                INSERT INTO invitation (token_hash, email, role_kind, role_scope, invited_by, created_at, expires_at)
                VALUES (\(invitation.tokenHash), \(Account.normalized(email: invitation.email)),
                    \(invitation.role.kind), \(invitation.role.scope), \(invitation.invitedBy),
                    \(Self.stored(invitation.createdAt)), \(Self.stored(invitation.expiresAt)))
                """, logger: logger)
        }
    }

    /// The invitation whose token has the hash, if it is open at `date`.
    public func openInvitation(tokenHash: String, at date: Date) async throws -> Invitation? {
        try await transaction("reading an invitation", .read) { [self] connection in
            try await openInvitation(tokenHash: tokenHash, at: date, on: connection, locking: false)
        }
    }

    /// Makes the invitation's account and marks the invitation used, in one transaction; the invitation's
    /// row is locked first, so two servers accepting it at once make one account.
    public func acceptInvitation(tokenHash: String, email: String, passwordHash: String, at date: Date) async throws
        -> Account
    {
        try await transaction("accepting an invitation", .write) { [self] connection in
            guard
                let invitation = try await openInvitation(
                    tokenHash: tokenHash, at: date, on: connection, locking: true)
            else { throw AccountError.invitationNotOpen }
            let address = invitation.email.isEmpty ? Account.normalized(email: email) : invitation.email
            let account = try await insertAccount(
                email: address, role: invitation.role, passwordHash: passwordHash, createdAt: Self.stored(date),
                on: connection)
            try await connection.query(
                "UPDATE invitation SET accepted_at = \(Self.stored(date)) WHERE token_hash = \(tokenHash)",
                logger: logger)
            return account
        }
    }

    /// Keeps a new session.
    public func createSession(_ session: AccountSession) async throws {
        try await transaction("keeping a session of account \(session.accountID)", .write) { [self] connection in
            _ = try await connection.query(
                """
                INSERT INTO account_session (token_hash, account_id, created_at, expires_at)
                VALUES (\(session.tokenHash), \(session.accountID), \(Self.stored(session.createdAt)),
                    \(Self.stored(session.expiresAt)))
                """, logger: logger)
        }
    }

    /// The account signed in by the session whose token has the hash, unless expired or revoked.
    public func signedInAccount(sessionTokenHash: String, at date: Date) async throws -> Account? {
        try await transaction("reading a session", .read) { [self] connection in
            try await connection.query(
                """
                SELECT account.id, account.email, account.role_kind, account.role_scope, account.password_hash,
                    account.revoked, account.created_at
                FROM account_session JOIN account ON account.id = account_session.account_id
                WHERE account_session.token_hash = \(sessionTokenHash) AND account_session.expires_at > \(date)
                    AND NOT account.revoked
                """, logger: logger
            ).collect().first.flatMap { try Self.account(from: $0) }
        }
    }

    /// Ends the session whose token has the hash.
    public func endSession(tokenHash: String) async throws {
        try await transaction("ending a session", .idempotentWrite) { [self] connection in
            _ = try await connection.query(
                "DELETE FROM account_session WHERE token_hash = \(tokenHash)", logger: logger)
        }
    }

    /// Appends an entry to the audit log.
    public func appendAudit(_ entry: AuditEntry) async throws {
        try await transaction("appending to the audit log", .write) { [self] connection in
            _ = try await connection.query(
                """
                INSERT INTO audit_entry (date, actor, action, detail)
                VALUES (\(Self.stored(entry.date)), \(entry.actor), \(entry.action), \(entry.detail))
                """, logger: logger)
        }
    }

    /// The audit log, oldest first.
    public func auditLog() async throws -> [AuditEntry] {
        try await transaction("reading the audit log", .read) { [self] connection in
            try await connection.query(
                "SELECT date, actor, action, detail FROM audit_entry ORDER BY id", logger: logger
            ).collect().map { row in
                let (date, actor, action, detail) = try row.decode((Date, String, String, String).self)
                return AuditEntry(date: date, actor: actor, action: action, detail: detail)
            }
        }
    }

    /// Keeps accounts and audit entries exactly as another store held them, in one transaction.
    public func restoreAccounts(_ accounts: [Account], auditLog: [AuditEntry]) async throws {
        try await transaction("copying \(accounts.count) accounts and the audit log", .write) { [self] connection in
            var accountRows = PostgresInsert(
                into: "account",
                columns: ["id", "email", "role_kind", "role_scope", "password_hash", "revoked", "created_at"])
            for account in accounts {
                accountRows.append { row in
                    row.append(account.id)
                    row.append(account.email)
                    row.append(account.role.kind)
                    row.append(account.role.scope)
                    row.append(account.passwordHash)
                    row.append(account.revoked)
                    row.append(Self.stored(account.createdAt))
                }
            }
            try await accountRows.run(on: connection, logger: logger)
            try await advanceIdentity(of: "account", on: connection)
            var entryRows = PostgresInsert(into: "audit_entry", columns: ["date", "actor", "action", "detail"])
            for entry in auditLog {
                entryRows.append { row in
                    row.append(Self.stored(entry.date))
                    row.append(entry.actor)
                    row.append(entry.action)
                    row.append(entry.detail)
                }
            }
            try await entryRows.run(on: connection, logger: logger)
        }
    }

    /// How many entries by `actor` with `action` the audit log holds at or after `date` and after the
    /// actor's last entry with action `reset`.
    public func auditCount(by actor: String, action: String, since date: Date, after reset: String) async throws
        -> Int
    {
        try await transaction("counting the audit log of \(actor)", .read) { [self] connection in
            let rows = try await connection.query(
                """
                SELECT COUNT(*) FROM audit_entry
                WHERE actor = \(actor) AND action = \(action) AND date >= \(Self.stored(date))
                    AND id > COALESCE((SELECT MAX(id) FROM audit_entry WHERE actor = \(actor) AND action = \(reset)), 0)
                """, logger: logger
            ).collect()
            return try rows.first?.decode(Int.self) ?? 0
        }
    }

    /// Inserts an account whose address is already normalized; an address taken (by now, by another
    /// server too) is refused rather than failing on the unique index.
    func insertAccount(
        email: String, role: AccountRole, passwordHash: String, createdAt: Date, on connection: PostgresConnection
    ) async throws -> Account {
        let rows = try await connection.query(
            """
            INSERT INTO account (email, role_kind, role_scope, password_hash, created_at)
            VALUES (\(email), \(role.kind), \(role.scope), \(passwordHash), \(createdAt))
            ON CONFLICT (email) DO NOTHING RETURNING id
            """, logger: logger
        ).collect()
        guard let row = rows.first else { throw AccountError.duplicateEmail(email) }
        return Account(
            id: try row.decode(Int64.self), email: email, role: role, passwordHash: passwordHash,
            createdAt: createdAt)
    }

    /// The open invitation with the hash, read inside a transaction; with `locking`, its row stays locked
    /// until the transaction ends, and for the first network lead's invitation so does the account table,
    /// so that two such invitations accepted at once make one first account.
    func openInvitation(tokenHash: String, at date: Date, on connection: PostgresConnection, locking: Bool)
        async throws -> Invitation?
    {
        let rows = try await connection.query(
            """
            SELECT token_hash, email, role_kind, role_scope, invited_by, created_at, expires_at, accepted_at
            FROM invitation WHERE token_hash = \(tokenHash)\(unescaped: locking ? " FOR UPDATE" : "")
            """, logger: logger
        ).collect()
        guard let row = rows.first else { return nil }
        let (hash, email, kind, scope, invitedBy, createdAt, expiresAt, acceptedAt) = try row.decode(
            (String, String, String, String, String, Date, Date, Date?).self)
        guard let role = AccountRole(kind: kind, scope: scope) else { return nil }
        let invitation = Invitation(
            tokenHash: hash, email: email, role: role, invitedBy: invitedBy, createdAt: createdAt,
            expiresAt: expiresAt, acceptedAt: acceptedAt)
        guard invitation.isOpen(at: date) else { return nil }
        if invitation.isForFirstAccount {
            if locking { try await connection.query("LOCK TABLE account IN EXCLUSIVE MODE", logger: logger) }
            let any = try await connection.query("SELECT 1 FROM account LIMIT 1", logger: logger).collect()
            guard any.isEmpty else { return nil }
        }
        return invitation
    }

    /// The account a row of ``accountColumns`` holds, or `nil` for a role this build does not know.
    static func account(from row: PostgresRow) throws -> Account? {
        let (id, email, kind, scope, passwordHash, revoked, createdAt) = try row.decode(
            (Int64, String, String, String, String, Bool, Date).self)
        guard let role = AccountRole(kind: kind, scope: scope) else { return nil }
        return Account(
            id: id, email: email, role: role, passwordHash: passwordHash, revoked: revoked, createdAt: createdAt)
    }
}

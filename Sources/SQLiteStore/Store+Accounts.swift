import Foundation
import GRDB
import SLIKit

extension Store: AccountRepository {
    /// Makes an account.
    ///
    /// - Throws: `AccountError.duplicateEmail` when the address has an account.
    public func createAccount(email: String, role: AccountRole, passwordHash: String, createdAt: Date) async throws
        -> Account
    {
        try await write { db in
            try Self.insertAccount(
                email: Account.normalized(email: email), role: role, passwordHash: passwordHash,
                createdAt: Self.stored(createdAt), in: db)
        }
    }

    /// Every account, oldest first.
    public func accounts() async throws -> [Account] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM account ORDER BY id").compactMap(Self.account)
        }
    }

    /// The account with the e-mail address (any case), if there is one.
    public func account(email: String) async throws -> Account? {
        try await read { db in
            try Row.fetchOne(
                db, sql: "SELECT * FROM account WHERE email = ?", arguments: [Account.normalized(email: email)]
            )
            .flatMap(Self.account)
        }
    }

    /// Revokes the account and ends its sessions.
    public func revokeAccount(id: Int64) async throws {
        try await write { db in
            try db.execute(sql: "UPDATE account SET revoked = 1 WHERE id = ?", arguments: [id])
            if db.changesCount == 0 { throw AccountError.unknownAccount(id) }
            try db.execute(sql: "DELETE FROM accountSession WHERE accountID = ?", arguments: [id])
        }
    }

    /// Keeps an invitation.
    public func createInvitation(_ invitation: Invitation) async throws {
        try await write { db in
            try db.execute(
                sql: """
                    INSERT INTO invitation (tokenHash, email, roleKind, roleScope, invitedBy, createdAt, expiresAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    invitation.tokenHash, Account.normalized(email: invitation.email), invitation.role.kind,
                    invitation.role.scope, invitation.invitedBy, Self.stored(invitation.createdAt),
                    Self.stored(invitation.expiresAt),
                ])
        }
    }

    /// The invitation whose token has the hash, if it is open at `date`.
    public func openInvitation(tokenHash: String, at date: Date) async throws -> Invitation? {
        try await read { db in try Self.openInvitation(tokenHash: tokenHash, at: date, in: db) }
    }

    /// Makes the invitation's account and marks the invitation used, in one transaction.
    public func acceptInvitation(tokenHash: String, email: String, passwordHash: String, at date: Date) async throws
        -> Account
    {
        try await write { db in
            guard let invitation = try Self.openInvitation(tokenHash: tokenHash, at: date, in: db) else {
                throw AccountError.invitationNotOpen
            }
            let address = invitation.email.isEmpty ? Account.normalized(email: email) : invitation.email
            let account = try Self.insertAccount(
                email: address, role: invitation.role, passwordHash: passwordHash,
                createdAt: Self.stored(date), in: db)
            try db.execute(
                sql: "UPDATE invitation SET acceptedAt = ? WHERE tokenHash = ?",
                arguments: [Self.stored(date), tokenHash])
            return account
        }
    }

    /// Keeps a new session.
    public func createSession(_ session: AccountSession) async throws {
        try await write { db in
            try db.execute(
                sql: "INSERT INTO accountSession (tokenHash, accountID, createdAt, expiresAt) VALUES (?, ?, ?, ?)",
                arguments: [
                    session.tokenHash, session.accountID, Self.stored(session.createdAt),
                    Self.stored(session.expiresAt),
                ])
        }
    }

    /// The account signed in by the session whose token has the hash, unless expired or revoked.
    public func signedInAccount(sessionTokenHash: String, at date: Date) async throws -> Account? {
        try await read { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT account.* FROM accountSession JOIN account ON account.id = accountSession.accountID
                    WHERE accountSession.tokenHash = ? AND accountSession.expiresAt > ? AND account.revoked = 0
                    """,
                arguments: [sessionTokenHash, date]
            ).flatMap(Self.account)
        }
    }

    /// Ends the session whose token has the hash.
    public func endSession(tokenHash: String) async throws {
        try await write { db in
            try db.execute(sql: "DELETE FROM accountSession WHERE tokenHash = ?", arguments: [tokenHash])
        }
    }

    /// Appends an entry to the audit log.
    public func appendAudit(_ entry: AuditEntry) async throws {
        try await write { db in
            try db.execute(
                sql: "INSERT INTO auditEntry (date, actor, action, detail) VALUES (?, ?, ?, ?)",
                arguments: [Self.stored(entry.date), entry.actor, entry.action, entry.detail])
        }
    }

    /// The audit log, oldest first.
    public func auditLog() async throws -> [AuditEntry] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM auditEntry ORDER BY id").map { row in
                AuditEntry(date: row["date"], actor: row["actor"], action: row["action"], detail: row["detail"])
            }
        }
    }

    /// Keeps accounts and audit entries exactly as another store held them, in one transaction.
    public func restoreAccounts(_ accounts: [Account], auditLog: [AuditEntry]) async throws {
        try await write { db in
            for account in accounts {
                try db.execute(
                    sql: """
                        INSERT INTO account (id, email, roleKind, roleScope, passwordHash, revoked, createdAt)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        account.id, account.email, account.role.kind, account.role.scope, account.passwordHash,
                        account.revoked, Self.stored(account.createdAt),
                    ])
            }
            for entry in auditLog {
                try db.execute(
                    sql: "INSERT INTO auditEntry (date, actor, action, detail) VALUES (?, ?, ?, ?)",
                    arguments: [Self.stored(entry.date), entry.actor, entry.action, entry.detail])
            }
        }
    }

    /// How many entries by `actor` with `action` the audit log holds at or after `date` and after the
    /// actor's last entry with action `reset`.
    public func auditCount(by actor: String, action: String, since date: Date, after reset: String) async throws
        -> Int
    {
        try await read { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT COUNT(*) FROM auditEntry
                    WHERE actor = ? AND action = ? AND date >= ?
                        AND id > COALESCE((SELECT MAX(id) FROM auditEntry WHERE actor = ? AND action = ?), 0)
                    """, arguments: [actor, action, Self.stored(date), actor, reset]) ?? 0
        }
    }

    /// Inserts an account whose address is already normalized.
    private static func insertAccount(
        email: String, role: AccountRole, passwordHash: String, createdAt: Date, in db: Database
    ) throws -> Account {
        if try Bool.fetchOne(db, sql: "SELECT 1 FROM account WHERE email = ?", arguments: [email]) != nil {
            throw AccountError.duplicateEmail(email)
        }
        try db.execute(
            sql: "INSERT INTO account (email, roleKind, roleScope, passwordHash, createdAt) VALUES (?, ?, ?, ?, ?)",
            arguments: [email, role.kind, role.scope, passwordHash, createdAt])
        return Account(
            id: db.lastInsertedRowID, email: email, role: role, passwordHash: passwordHash, createdAt: createdAt)
    }

    /// The open invitation with the hash, read inside a transaction.
    private static func openInvitation(tokenHash: String, at date: Date, in db: Database) throws -> Invitation? {
        guard
            let row = try Row.fetchOne(db, sql: "SELECT * FROM invitation WHERE tokenHash = ?", arguments: [tokenHash]),
            let role = AccountRole(kind: row["roleKind"], scope: row["roleScope"])
        else { return nil }
        let invitation = Invitation(
            tokenHash: row["tokenHash"], email: row["email"], role: role, invitedBy: row["invitedBy"],
            createdAt: row["createdAt"], expiresAt: row["expiresAt"], acceptedAt: row["acceptedAt"])
        guard invitation.isOpen(at: date) else { return nil }
        if invitation.isForFirstAccount, try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM account)") == true {
            return nil
        }
        return invitation
    }

    /// The account a row of `account` holds, or `nil` for a role this build does not know.
    private static func account(_ row: Row) -> Account? {
        guard let role = AccountRole(kind: row["roleKind"], scope: row["roleScope"]) else { return nil }
        return Account(
            id: row["id"], email: row["email"], role: role, passwordHash: row["passwordHash"],
            revoked: row["revoked"], createdAt: row["createdAt"])
    }
}

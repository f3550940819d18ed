import Foundation
import GRDB
import Testing

@testable import SLIKit
@testable import SQLiteStore

@Suite("SQLite account store")
struct AccountStoreTests {
    @Test func theDatabaseKeepsTheAuditLogAppendOnly() async throws {
        let store = try Store(path: StoreFixture().path)
        try await store.appendAudit(AuditEntry(date: Date(), actor: "sli serve", action: "invited", detail: "lead"))
        for sql in ["UPDATE auditEntry SET actor = 'someone else'", "DELETE FROM auditEntry"] {
            let error = await #expect(throws: DatabaseError.self) {
                try await store.write { db in try db.execute(sql: sql) }
            }
            #expect(error?.message == "the audit log is append-only")
        }
        await #expect(try store.auditLog().map(\.actor) == ["sli serve"])
    }

    @Test func keepsNoTokenOnlyItsHash() async throws {
        let store = try Store(path: StoreFixture().path)
        let account = try await store.createAccount(
            email: "lead@example.org", role: .networkLead, passwordHash: "$2b$04$hash", createdAt: Date())
        try await store.createSession(
            AccountSession(
                tokenHash: String(repeating: "ab", count: 32), accountID: account.id, createdAt: Date(),
                expiresAt: Date().addingTimeInterval(60)))
        let columns = try await store.read { db in try db.columns(in: "accountSession").map(\.name) }
        #expect(columns == ["tokenHash", "accountID", "createdAt", "expiresAt"])
    }
}

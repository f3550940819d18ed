import Foundation
import PostgresTestSupport
import SLIKit
import Testing

/// What every store must do with the portal's accounts, written once against ``AccountRepository`` and
/// run on each ``StoreKind``.
@Suite("Account store conformance", .dropsTestSchemas)
struct AccountConformanceTests {
    private static let day = Date(timeIntervalSince1970: 1_456_790_400)

    private static func invitation(_ hash: String, email: String, role: AccountRole) -> Invitation {
        Invitation(
            tokenHash: hash, email: email, role: role, invitedBy: "lead@gmphn.example", createdAt: day,
            expiresAt: day.addingTimeInterval(86_400))
    }

    @Test(arguments: StoreKind.allCases)
    func makesAccountsOncePerAddressAndRevokesThem(kind: StoreKind) async throws {
        let store = try await kind.make()
        let lead = try await store.createAccount(
            email: " Lead@GMPHN.example ", role: .networkLead, passwordHash: "$2b$hash", createdAt: Self.day)
        #expect(lead.email == "lead@gmphn.example")
        let bolton = try await store.createAccount(
            email: "bolton@example.org", role: .localityLead(localityCode: "E08000001"), passwordHash: "$2b$b",
            createdAt: Self.day)
        await #expect(throws: AccountError.duplicateEmail("lead@gmphn.example")) {
            try await store.createAccount(
                email: "LEAD@gmphn.example", role: .leadBody(name: "PHE"), passwordHash: "x", createdAt: Self.day)
        }
        #expect(try await store.accounts() == [lead, bolton])
        #expect(try await store.account(email: "BOLTON@example.org") == bolton)
        #expect(try await store.account(email: "wigan@example.org") == nil)
        try await store.revokeAccount(id: bolton.id)
        #expect(try await store.account(email: "bolton@example.org")?.revoked == true)
        await #expect(throws: AccountError.unknownAccount(999)) { try await store.revokeAccount(id: 999) }
    }

    @Test(arguments: StoreKind.allCases)
    func anInvitationMakesItsAccountOnceAndNotAfterItExpires(kind: StoreKind) async throws {
        let store = try await kind.make()
        let role = AccountRole.leadBody(name: "Public Health England North West")
        try await store.createInvitation(Self.invitation("aa11", email: "phe@example.org", role: role))
        try await store.createInvitation(Self.invitation("bb22", email: "late@example.org", role: .networkLead))
        #expect(try await store.openInvitation(tokenHash: "aa11", at: Self.day)?.role == role)
        let account = try await store.acceptInvitation(
            tokenHash: "aa11", email: "other@example.org", passwordHash: "$2b$p", at: Self.day)
        #expect(account.email == "phe@example.org")
        #expect(account.role == role)
        #expect(try await store.openInvitation(tokenHash: "aa11", at: Self.day) == nil)
        await #expect(throws: AccountError.invitationNotOpen) {
            try await store.acceptInvitation(tokenHash: "aa11", email: "", passwordHash: "$2b$q", at: Self.day)
        }
        await #expect(throws: AccountError.invitationNotOpen) {
            try await store.acceptInvitation(
                tokenHash: "bb22", email: "", passwordHash: "$2b$q", at: Self.day.addingTimeInterval(86_400))
        }
        #expect(try await store.accounts().map(\.email) == ["phe@example.org"])
    }

    /// Two servers starting on an empty store each print a link for the first network lead: accepted at
    /// once, they make one account, and the other link is closed from then on.
    @Test(arguments: StoreKind.allCases)
    func theFirstLeadsLinksMakeOneAccountHoweverManyWerePrinted(kind: StoreKind) async throws {
        let store = try await kind.make()
        for hash in ["f1", "f2"] {
            try await store.createInvitation(Self.invitation(hash, email: "", role: .networkLead))
        }
        #expect(try await store.openInvitation(tokenHash: "f2", at: Self.day)?.isForFirstAccount == true)
        let outcomes = await withTaskGroup(of: Result<Account, any Error>.self) { group in
            for (hash, email) in [("f1", " Lead@GMPHN.example"), ("f2", "other-lead@example.org")] {
                group.addTask {
                    do {
                        return .success(
                            try await store.acceptInvitation(
                                tokenHash: hash, email: email, passwordHash: "$2b$r", at: Self.day))
                    } catch {
                        return .failure(error)
                    }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        let made = outcomes.compactMap { try? $0.get() }
        #expect(made.count == 1)
        #expect(made.map(\.role) == [.networkLead])
        let refused = outcomes.compactMap { outcome -> AccountError? in
            guard case .failure(let error) = outcome else { return nil }
            return error as? AccountError
        }
        #expect(refused == [.invitationNotOpen])
        #expect(try await store.accounts() == made)
        for hash in ["f1", "f2"] { #expect(try await store.openInvitation(tokenHash: hash, at: Self.day) == nil) }
    }

    @Test(arguments: StoreKind.allCases)
    func aSessionSignsInUntilItExpiresEndsOrItsAccountIsRevoked(kind: StoreKind) async throws {
        let store = try await kind.make()
        let account = try await store.createAccount(
            email: "bolton@example.org", role: .localityLead(localityCode: "E08000001"), passwordHash: "$2b$b",
            createdAt: Self.day)
        let hour = Self.day.addingTimeInterval(3_600)
        for hash in ["s1", "s2", "s3"] {
            try await store.createSession(
                AccountSession(tokenHash: hash, accountID: account.id, createdAt: Self.day, expiresAt: hour))
        }
        #expect(try await store.signedInAccount(sessionTokenHash: "s1", at: Self.day) == account)
        #expect(try await store.signedInAccount(sessionTokenHash: "s1", at: hour) == nil)
        #expect(try await store.signedInAccount(sessionTokenHash: "nope", at: Self.day) == nil)
        try await store.endSession(tokenHash: "s2")
        #expect(try await store.signedInAccount(sessionTokenHash: "s2", at: Self.day) == nil)
        try await store.revokeAccount(id: account.id)
        #expect(try await store.signedInAccount(sessionTokenHash: "s3", at: Self.day) == nil)
    }

    @Test(arguments: StoreKind.allCases)
    func keepsTheAuditLogInOrder(kind: StoreKind) async throws {
        let store = try await kind.make()
        let entries = [
            AuditEntry(date: Self.day, actor: "sli serve", action: "invited", detail: "lead@gmphn.example"),
            AuditEntry(date: Self.day, actor: "lead@gmphn.example", action: "signed in", detail: ""),
        ]
        for entry in entries { try await store.appendAudit(entry) }
        #expect(try await store.auditLog() == entries)
    }
}

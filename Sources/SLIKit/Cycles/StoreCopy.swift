import Crypto
import Foundation

/// Copies everything one store holds into another, empty one, and checks the copy before saying it is
/// done: every cycle with every version of every return (original files, answers, warnings), the
/// indicator figures, the Market Place, the recommendation updates, the action plans and which cycles
/// are synthetic, with their ids, dates and order; and, between two stores that keep the portal's
/// accounts, every account (password hashes included, so everyone signs in as before) and the audit log.
/// Invitations and sessions are not copied: an open invitation is made again, and people sign in again.
///
/// Works between any two ``CycleStore``s, e.g. an SQLite file and a PostgreSQL database either way.
public struct StoreCopy: Sendable {
    /// The store copied from.
    public var source: any CycleStore
    /// The store copied into, which must be empty.
    public var target: any CycleStore

    /// A copy from `source` into `target`.
    public init(from source: any CycleStore, to target: any CycleStore) {
        self.source = source
        self.target = target
    }

    /// Copies the source into the target, then checks the copy: the same rows in every table, and every
    /// original file with the same SHA-256.
    ///
    /// - Returns: The rows each table holds and how many original files were checked.
    /// - Throws: ``StoreCopyError/targetNotEmpty(_:)`` before anything is written when the target holds
    ///   data; ``StoreCopyError/verificationFailed(_:)`` naming every difference.
    public func run() async throws -> StoreCopyReport {
        var held = try await target.rowCounts().filter { $0.value > 0 }.keys.sorted()
        if let accounts = target as? any AccountRepository {
            if try await !accounts.accounts().isEmpty { held.append("account") }
            if try await !accounts.auditLog().isEmpty { held.append("audit log") }
        }
        if !held.isEmpty { throw StoreCopyError.targetNotEmpty(held) }
        var files = 0
        for cycle in try await source.cycles() {
            files += try await copy(cycle)
        }
        try await copyAccounts()
        var report = try await verify(files: files)
        (report.accounts, report.auditEntries) = try await verifyAccounts()
        return report
    }

    /// The two stores' account keeping, when both keep the portal's accounts.
    private var accountStores: (source: any AccountRepository, target: any AccountRepository)? {
        guard let from = source as? any AccountRepository, let to = target as? any AccountRepository else {
            return nil
        }
        return (from, to)
    }

    /// Copies every account and the audit log.
    func copyAccounts() async throws {
        guard let stores = accountStores else { return }
        try await stores.target.restoreAccounts(
            try await stores.source.accounts(), auditLog: try await stores.source.auditLog())
    }

    /// Checks that the copy holds the same accounts and the same audit log; returns how many of each.
    func verifyAccounts() async throws -> (accounts: Int, auditEntries: Int) {
        guard let stores = accountStores else { return (0, 0) }
        let accounts = try await stores.source.accounts()
        let log = try await stores.source.auditLog()
        var differences: [String] = []
        if try await stores.target.accounts() != accounts { differences.append("the accounts differ") }
        if try await stores.target.auditLog() != log { differences.append("the audit logs differ") }
        if !differences.isEmpty { throw StoreCopyError.verificationFailed(differences) }
        return (accounts.count, log.count)
    }

    /// Copies one cycle and everything it holds, publishing it last when the source's is published;
    /// returns how many versions were copied.
    func copy(_ cycle: Cycle) async throws -> Int {
        try await target.restoreCycle(cycle)
        let versions = try await Self.versions(of: cycle, in: source)
        for submission in versions {
            try await target.restoreSubmission(
                submission, assessment: try await source.assessment(of: submission),
                warnings: try await source.warnings(of: submission),
                bytes: try await source.originalBytes(of: submission))
        }
        let figures = try await source.storedIndicatorValues(cycleID: cycle.id)
        for (file, values) in Self.runs(of: figures, by: { StoredImport(name: $0.sourceFile, at: $0.importedAt) }) {
            _ = try await target.importIndicatorValues(
                values.map(\.value), cycleID: cycle.id, sourceFile: file.name, importedAt: file.at)
        }
        for (added, entries) in Self.runs(of: try await source.marketEntryAdditions(cycleID: cycle.id), by: \.addedAt) {
            try await target.addMarketEntries(entries.map(\.entry), cycleID: cycle.id, addedAt: added)
        }
        try await target.restoreRecommendationUpdates(
            try await source.recordedRecommendationUpdates(cycleID: cycle.id), cycleID: cycle.id)
        for plan in try await source.actionPlans(cycleID: cycle.id) {
            try await target.recordActionPlan(
                plan.plan, cycleID: cycle.id, localityCode: plan.localityCode, importedAt: plan.importedAt)
        }
        if try await source.isSynthetic(cycleID: cycle.id) { try await target.markSynthetic(cycleID: cycle.id) }
        if cycle.published { _ = try await target.publish(cycleID: cycle.id) }
        return versions.count
    }

    /// A file's name and when it was imported.
    struct StoredImport: Hashable {
        var name: String
        var at: Date
    }

    /// `items` cut into runs of neighbours with the same key, in order.
    static func runs<Item, Key: Equatable>(of items: [Item], by key: (Item) -> Key) -> [(Key, [Item])] {
        var runs: [(Key, [Item])] = []
        for item in items {
            let itemKey = key(item)
            if let last = runs.last, last.0 == itemKey {
                runs[runs.count - 1].1.append(item)
            } else {
                runs.append((itemKey, [item]))
            }
        }
        return runs
    }

    /// Every version of every locality's return for `cycle`, in the order `store` stored them.
    static func versions(of cycle: Cycle, in store: any CycleStore) async throws -> [Submission] {
        var versions: [Submission] = []
        for current in try await store.currentSubmissions(cycleID: cycle.id) {
            versions += try await store.history(cycleID: cycle.id, localityCode: current.localityCode)
        }
        return versions.sorted { $0.id < $1.id }
    }

    /// Compares the copy with the source: the cycles, the rows of every table, and every version's
    /// original file by SHA-256 (against the digest the source recorded when the file came in).
    func verify(files: Int) async throws -> StoreCopyReport {
        var differences: [String] = []
        let counts = try await source.rowCounts()
        let copied = try await target.rowCounts()
        for table in Set(counts.keys).union(copied.keys).sorted() where counts[table] != copied[table] {
            differences.append(
                "table \(table): \(counts[table] ?? 0) rows in the original, \(copied[table] ?? 0) in the copy")
        }
        let cycles = try await source.cycles()
        if try await target.cycles() != cycles { differences.append("the cycles differ") }
        for cycle in cycles {
            let versions = try await Self.versions(of: cycle, in: source)
            if try await Self.versions(of: cycle, in: target) != versions {
                differences.append("cycle \(cycle.name): the versions of the returns differ")
            }
            for submission in versions {
                let digest = Self.sha256(try await target.originalBytes(of: submission))
                if digest != submission.sha256 {
                    differences.append(
                        "cycle \(cycle.name): \(submission.fileName) (version \(submission.version) from"
                            + " \(submission.localityCode)) has SHA-256 \(digest) in the copy, \(submission.sha256)"
                            + " in the original")
                }
            }
        }
        if !differences.isEmpty { throw StoreCopyError.verificationFailed(differences) }
        return StoreCopyReport(rowCounts: copied, filesChecked: files)
    }

    /// The SHA-256 of `bytes`, in lower-case hexadecimal.
    static func sha256(_ bytes: Data) -> String {
        SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }
}

import Foundation

/// Who has returned a workbook for a cycle and who is missing, one row per locality of the region.
public struct CycleStatus: Sendable, Hashable {
    /// The cycle.
    public var cycle: Cycle
    /// The region's name.
    public var regionName: String
    /// One row per locality, in the region's order.
    public var rows: [LocalityStatus]

    /// A status with the given rows.
    public init(cycle: Cycle, regionName: String, rows: [LocalityStatus]) {
        self.cycle = cycle
        self.regionName = regionName
        self.rows = rows
    }

    /// The status of `cycle` from what `repository` holds.
    ///
    /// A locality is late when its first accepted version arrived after the deadline day; corrections
    /// sent later do not make an on-time return late.
    public init(cycle: Cycle, region: Region, repository: any SubmissionRepository) async throws {
        let current = Dictionary(
            try await repository.currentSubmissions(cycleID: cycle.id).map { ($0.localityCode, $0) }
        ) { first, _ in first }
        let firsts = Dictionary(
            try await repository.firstSubmissions(cycleID: cycle.id).map { ($0.localityCode, $0) }
        ) { first, _ in first }
        var rows: [LocalityStatus] = []
        for locality in region.localities {
            guard let latest = current[locality.code] else {
                rows.append(LocalityStatus(locality: locality, state: .notReceived))
                continue
            }
            let first = firsts[locality.code] ?? latest
            rows.append(LocalityStatus(locality: locality, cycle: cycle, history: [first, latest]))
        }
        self.init(cycle: cycle, regionName: region.name, rows: rows)
    }

    /// How many localities have returned a workbook.
    public var participating: Int { rows.count { $0.state != .notReceived } }
    /// How many returned it late.
    public var late: Int { rows.count { $0.state == .late } }
    /// How many have not returned one.
    public var missing: Int { rows.count { $0.state == .notReceived } }
    /// `22 of 23`.
    public var participatingSummary: String { "\(participating) of \(rows.count)" }
}

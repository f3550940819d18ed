import Foundation
import SLIKit

extension ReportData {
    /// Fills ``participation`` from the cycle's status, and adds each current submission to ``sources``.
    ///
    /// A locality with no accepted file is `not received`, or `not taking part` when the cycle is published.
    ///
    /// - Parameter problemCounts: The warnings stored with each locality's current submission.
    mutating func addParticipation(_ status: CycleStatus, problemCounts: [String: Int]) {
        participation = status.rows.map { row in
            let code = row.locality.code
            guard let current = row.current else {
                return ReportParticipation(
                    localityCode: code, status: status.cycle.published ? .notTakingPart : .notReceived)
            }
            return ReportParticipation(
                localityCode: code, status: row.state == .late ? .late : .received,
                submittedOn: row.firstReceivedAt.map(Self.day), version: current.version,
                problemCount: problemCounts[code] ?? 0)
        }
        sources += status.rows.compactMap { row in
            row.current.map { current in
                ReportSource(
                    fileName: current.fileName, kind: "self-assessment (\(current.format.displayName))",
                    receivedOn: Self.day(current.receivedAt), version: current.version,
                    localityCode: current.localityCode)
            }
        }
    }

    /// Adds the indicator files and action plans imported into the cycle to ``sources``.
    mutating func addImportedFiles(_ files: [ImportedFile]) {
        sources += files.map { file in
            ReportSource(
                fileName: file.fileName, kind: file.kind, receivedOn: Self.day(file.importedAt),
                localityCode: file.localityCode)
        }
    }
}

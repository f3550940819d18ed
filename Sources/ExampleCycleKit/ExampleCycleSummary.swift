import Foundation
import SLIKit

/// What a run of the example cycle made: the store, the two cycles and the report folders.
public struct ExampleCycleSummary: Sendable, Hashable {
    /// The store file the run created.
    public var storePath: String
    /// The baseline (2016) cycle.
    public var baseline: Cycle
    /// The twelve-month follow-up cycle, whose baseline is ``baseline``.
    public var followUp: Cycle
    /// The report folders, baseline first.
    public var reportFolders: [URL]
    /// The problems of the deliberately broken file when it was rejected.
    public var rejectedProblems: [Problem]

    /// A summary of one run.
    public init(storePath: String, baseline: Cycle, followUp: Cycle, reportFolders: [URL], rejectedProblems: [Problem])
    {
        self.storePath = storePath
        self.baseline = baseline
        self.followUp = followUp
        self.reportFolders = reportFolders
        self.rejectedProblems = rejectedProblems
    }
}

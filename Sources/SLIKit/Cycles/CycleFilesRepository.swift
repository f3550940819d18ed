import Foundation

/// What a store knows of a cycle beyond its returns: the other files imported into it and whether its
/// data are synthetic.
public protocol CycleFilesRepository: Sendable {
    /// Records that the cycle's data are synthetic (an example cycle); reports built from it say so.
    ///
    /// - Throws: ``StoreError/unknownCycle(_:)`` when there is no such cycle.
    func markSynthetic(cycleID: Int64) async throws

    /// Whether the cycle's data are synthetic (recorded with ``markSynthetic(cycleID:)``).
    func isSynthetic(cycleID: Int64) async throws -> Bool

    /// The files other than self-assessments imported into the cycle (indicator figures and action
    /// plans), each with the day it was first imported.
    func importedFiles(cycleID: Int64) async throws -> [ImportedFile]
}

import Foundation

/// Where cycles are kept.
///
/// Workflows use this protocol, not a database, so any store that passes the conformance suite can
/// keep cycles: the embedded SQLite ``Store`` or a shared server database.
public protocol CycleRepository: Sendable {
    /// Creates a cycle.
    ///
    /// - Throws: ``StoreError/duplicateCycleName(_:)`` when the name is taken,
    ///   ``StoreError/unknownBaselineCycle(_:)`` when the baseline does not exist.
    func createCycle(
        name: String, regionID: String, frameworkID: String, deadline: Date?, baselineCycle: String?
    ) async throws -> Cycle

    /// Every cycle, oldest first.
    func cycles() async throws -> [Cycle]

    /// The cycle with the given name (any case) or numeric id.
    ///
    /// - Throws: ``StoreError/unknownCycle(_:)`` when none matches.
    func cycle(_ nameOrID: String) async throws -> Cycle

    /// The cycle with the given id.
    ///
    /// - Throws: ``StoreError/unknownCycle(_:)`` when none has it.
    func cycle(id: Int64) async throws -> Cycle

    /// Marks the cycle published, which freezes its submissions; returns the updated cycle.
    func publish(cycleID: Int64) async throws -> Cycle

    /// Adds a cycle exactly as another store holds it (id, name, dates, baseline), unpublished: the first
    /// step of copying a store (``StoreCopy``), which publishes it once its data are in.
    ///
    /// - Throws: ``StoreError/duplicateCycleName(_:)`` when the name or id is taken.
    func restoreCycle(_ cycle: Cycle) async throws

    /// How many rows each of the store's tables holds, by the table's name (the SQLite store's names),
    /// so that a copy can be checked against its original.
    func rowCounts() async throws -> [String: Int]
}

import Foundation

/// Where cycles are kept.
///
/// Domain code uses this protocol, not a database, so another backend can keep cycles too.
public protocol CycleRepository: Sendable {
    /// Creates a cycle.
    ///
    /// - Throws: ``StoreError/duplicateCycleName(_:)`` when the name is taken,
    ///   ``StoreError/unknownBaselineCycle(_:)`` when the baseline does not exist.
    func createCycle(
        name: String, regionID: String, frameworkID: String, deadline: Date?, baselineCycle: String?
    ) throws -> Cycle

    /// Every cycle, oldest first.
    func cycles() throws -> [Cycle]

    /// The cycle with the given name (any case) or numeric id.
    ///
    /// - Throws: ``StoreError/unknownCycle(_:)`` when none matches.
    func cycle(_ nameOrID: String) throws -> Cycle

    /// Marks the cycle published, which freezes its submissions; returns the updated cycle.
    func publish(cycleID: Int64) throws -> Cycle
}

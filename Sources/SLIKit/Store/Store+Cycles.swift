import Foundation
import GRDB

extension Store: CycleRepository {
    /// Creates a cycle.
    ///
    /// - Throws: `StoreError.unusableCycleName` unless the name is 1 to 100 letters, digits, spaces, dots,
    ///   dashes or underscores beginning with a letter or digit, since it becomes part of file names.
    public func createCycle(
        name: String, regionID: String, frameworkID: String, deadline: Date? = nil, baselineCycle: String? = nil
    ) throws -> Cycle {
        guard Self.isUsableCycleName(name) else { throw StoreError.unusableCycleName(name) }
        return try write { db in
            if try Cycle.filter(Cycle.Columns.name.collating(.nocase) == name).fetchOne(db) != nil {
                throw StoreError.duplicateCycleName(name)
            }
            var baselineID: Int64?
            if let baselineCycle {
                guard let baseline = try Self.cycle(baselineCycle, in: db) else {
                    throw StoreError.unknownBaselineCycle(baselineCycle)
                }
                baselineID = baseline.id
            }
            let nextID = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) + 1 FROM cycle") ?? 1
            let cycle = Cycle(
                id: nextID, name: name, regionID: regionID, frameworkID: frameworkID,
                deadline: deadline.map(Self.stored),
                baselineCycleID: baselineID, createdAt: Self.stored(Date()))
            try cycle.insert(db)
            return cycle
        }
    }

    /// Whether `name` can name a cycle and so be part of a file name anywhere: no path separators, no
    /// leading dot, nothing but letters, digits, spaces, dots, dashes and underscores.
    static func isUsableCycleName(_ name: String) -> Bool {
        guard (1...100).contains(name.count), let first = name.unicodeScalars.first,
            CharacterSet.alphanumerics.contains(first)
        else { return false }
        return name.unicodeScalars.allSatisfy {
            CharacterSet.alphanumerics.contains($0) || " .-_".unicodeScalars.contains($0)
        }
    }

    /// Every cycle, oldest first.
    public func cycles() throws -> [Cycle] {
        try read { db in try Cycle.order(Cycle.Columns.id).fetchAll(db) }
    }

    /// The cycle with the given name (any case) or numeric id.
    public func cycle(_ nameOrID: String) throws -> Cycle {
        guard let cycle = try read({ db in try Self.cycle(nameOrID, in: db) }) else {
            throw StoreError.unknownCycle(nameOrID)
        }
        return cycle
    }

    /// The cycle with the given id.
    public func cycle(id: Int64) throws -> Cycle {
        guard let cycle = try read({ db in try Cycle.fetchOne(db, key: id) }) else {
            throw StoreError.unknownCycle(String(id))
        }
        return cycle
    }

    /// Marks the cycle published, which freezes its submissions.
    public func publish(cycleID: Int64) throws -> Cycle {
        try write { db in
            guard var cycle = try Cycle.fetchOne(db, key: cycleID) else {
                throw StoreError.unknownCycle(String(cycleID))
            }
            cycle.published = true
            try cycle.update(db)
            return cycle
        }
    }

    /// The cycle named `nameOrID` (a name wins over an id that happens to look the same).
    static func cycle(_ nameOrID: String, in db: Database) throws -> Cycle? {
        if let cycle = try Cycle.filter(Cycle.Columns.name.collating(.nocase) == nameOrID).fetchOne(db) {
            return cycle
        }
        if let id = Int64(nameOrID) { return try Cycle.fetchOne(db, key: id) }
        return nil
    }
}

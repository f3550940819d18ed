import SLIKit

/// The SQLite store keeps everything a cycle holds.
extension Store: CycleStore {}

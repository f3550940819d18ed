import SLIKit

/// The PostgreSQL store keeps everything a cycle holds.
extension PostgresStore: CycleStore {}

import SLIKit

/// What the portal keeps its data in: the cycles and their returns, and the accounts of the people who
/// sign in.
///
/// The SQLite store is one; a server database that conforms to both protocols can be handed in instead.
public typealias PortalStore = AccountRepository & CycleStore

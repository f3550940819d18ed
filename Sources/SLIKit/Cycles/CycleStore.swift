/// Everything a store keeps for the cycles it holds: the one protocol every workflow and front door
/// works against, whichever database is behind it.
///
/// A store is handed to workflows from outside, so tests pass a fresh database and a server passes the
/// one it shares. Every store must pass the conformance suite (`StoreConformanceTests`), written once
/// against this protocol.
///
/// Every id (of a cycle, a submission, an update) is assigned by the database when the row is stored,
/// increasing in the order rows are stored; workflows never compute one.
public protocol CycleStore:
    CycleRepository, SubmissionRepository, IndicatorRepository, MarketPlaceRepository, TrackingRepository,
    CycleFilesRepository
{}

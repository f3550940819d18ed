import Logging

/// Whether the database server answers, found by one connection made outside the pool, at most once a
/// second however many transactions ask at the same time.
///
/// A transaction that has waited long for a connection asks it, to tell a server that is down (give up)
/// from a pool that is only busy (wait on).
actor ServerCheck {
    private let location: PostgresLocation
    private let logger: Logger
    private var last: (at: ContinuousClock.Instant, answers: Bool)?
    private var running: Task<Bool, Never>?

    /// A check of the server at `location`.
    init(location: PostgresLocation, logger: Logger) {
        self.location = location
        self.logger = logger
    }

    /// Whether the server accepted a connection within the last second, trying one when none was tried.
    func answers() async -> Bool {
        if let last, ContinuousClock.now - last.at < .seconds(1) { return last.answers }
        if let running { return await running.value }
        let check = Task { [location, logger] in
            (try? await PostgresStore.probe(location, logger: logger)) != nil
        }
        running = check
        let answers = await check.value
        last = (ContinuousClock.now, answers)
        running = nil
        return answers
    }
}

import Foundation
import SLIKit
import SQLiteStore
import Testing

/// A kind of store the conformance suite runs against, each made fresh and empty for every test.
///
/// Every store sli ships is listed here, so the suite, written once against ``CycleStore``, checks each
/// of them the same way.
enum StoreKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    /// The embedded SQLite store in a file of its own.
    case sqlite

    var testDescription: String { rawValue }

    /// A fresh, empty store of this kind.
    func make() throws -> any CycleStore {
        switch self {
        case .sqlite: try Store(path: StoreFixture().path)
        }
    }

    /// A fresh, empty store of this kind, with its portal accounts.
    func makeAccountStore() throws -> any CycleStore & AccountRepository {
        switch self {
        case .sqlite: try Store(path: StoreFixture().path)
        }
    }
}

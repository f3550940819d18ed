import Foundation
import Hummingbird
import HummingbirdTesting
import PortalKit
import SLIKit
import SQLiteStore
import SpreadsheetKit

/// A real SQLite store with the North West cycle, Bolton's and Wigan's returns ingested through the
/// real template, filler, writer and readers, and one account of every kind, served by a portal.
struct PortalFixture {
    /// The repository root, found from this file's place in `Tests/PortalKitTests/`.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// The password of every account the fixture makes.
    static let password = "a long test password"
    static let bolton = "E08000001"
    static let wigan = "E08000010"

    let store: any PortalStore
    let catalog: Catalog
    let portal: Portal
    let cycle: Cycle
    let framework: Framework
    let region: Region

    /// Makes the store, the cycle, the two returns and the accounts.
    init(now: @escaping @Sendable () -> Date = { Date() }) async throws {
        let store = try Self.freshStore()
        self.store = store
        catalog = try Catalog.load(directory: Self.root)
        framework = try catalog.framework(id: "nw-infant-mortality-2016")
        region = try catalog.region(id: "north-west")
        cycle = try await store.createCycle(
            name: "nw-2016", regionID: region.id, frameworkID: framework.id,
            deadline: ISODateText.date(year: 2099, month: 3, day: 31))
        portal = Portal(store: store, catalog: catalog, passwordCost: 4, now: now)
        let ingester = Ingester(
            repository: store, cycle: cycle, framework: framework, region: region, submittedBy: "network lead")
        for code in [Self.bolton, Self.wigan] {
            let result = await ingester.ingest(try workbook(code), fileName: "\(code).xml")
            guard !result.isRejected else { throw FixtureFailure("the fixture's return for \(code) was rejected") }
        }
        for (email, role) in Self.accounts {
            _ = try await portal.createAccount(email: email, role: role, password: Self.password)
        }
    }

    /// Runs `body` with a browser signed in as `email` against the fixture's portal, through its router.
    func browse(as email: String, _ body: @Sendable (inout PortalBrowser) async throws -> Void) async throws {
        try await Application(router: portal.router()).test(.router) { client in
            var browser = PortalBrowser(client)
            try await browser.signIn(email)
            try await body(&browser)
        }
    }

    /// A portal over a fresh store with no cycle and no account.
    static func emptyPortal() throws -> Portal {
        Portal(store: try freshStore(), catalog: try Catalog.load(directory: root), passwordCost: 4)
    }

    /// A fresh store in a folder of its own.
    static func freshStore() throws -> Store {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sli-portal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try Store(path: folder.appendingPathComponent("sli.sqlite").path)
    }

    /// The accounts the fixture makes.
    static let accounts: [(String, AccountRole)] = [
        ("lead@example.org", .networkLead),
        ("bolton@example.org", .localityLead(localityCode: bolton)),
        ("phe@example.org", .leadBody(name: "Public Health England North West")),
    ]

    /// The locality's workbook, filled with every item rated `rating` (a level of the scale), saved as
    /// `format`; with `brokenRating`, the first theme's first rating cell holds that text instead.
    func workbook(
        _ code: String, rating: Int = 3, brokenRating: String? = nil, format: SpreadsheetFormat = .spreadsheetML
    ) throws -> Data {
        guard let locality = region.locality(code: code) else { throw FixtureFailure("no locality \(code)") }
        let answers = framework.themes.flatMap { theme in
            theme.assessedItems.map { Answer(itemID: $0.id, themeID: theme.id, rating: .level(rating), source: "") }
        }
        let assessment = SelfAssessment(
            frameworkID: framework.id, frameworkVersion: framework.version, localityCode: code, answers: answers,
            contributors: ["Public health"])
        let filler = WorkbookFiller(framework: framework)
        var draft = try filler.fill(
            WorkbookTemplate(framework: framework, region: region, cycle: cycle.name).render(for: locality),
            with: assessment)
        if let brokenRating, let first = framework.themes.first?.assessedItems.first,
            let place = filler.cell(itemID: first.id, column: .rating),
            let sheet = draft.sheets.firstIndex(where: { $0.name == place.sheet })
        {
            draft.sheets[sheet].cells[place.reference, default: DraftCell()].value = .string(brokenRating)
        }
        return try SpreadsheetWriter.data(for: draft, format: format)
    }

    /// The id of the first regional recommendation the fixture's lead body leads.
    func leadBodyRecommendation() throws -> String {
        let led = try RecommendationTracker(framework: framework).recommendations(asOf: Date()).first {
            $0.leadBodies.contains("Public Health England North West")
        }
        guard let led else { throw FixtureFailure("no recommendation is led by Public Health England North West") }
        return led.item.id
    }

    /// Where the first theme's first item is rated: its sheet and cell.
    var firstRatingCell: (sheet: String, cell: String) {
        let filler = WorkbookFiller(framework: framework)
        guard let first = framework.themes.first?.assessedItems.first,
            let place = filler.cell(itemID: first.id, column: .rating)
        else { return ("", "") }
        return (place.sheet, place.reference.description)
    }
}

/// A step of the fixture that did not go as planned.
struct FixtureFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

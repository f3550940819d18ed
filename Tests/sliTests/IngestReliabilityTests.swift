import Crypto
import Foundation
import PostgresStore
import PostgresTestSupport
import SLIKit
import SQLiteStore
import Testing

@Suite("sli ingest reliability", .serialized, .dropsTestSchemas)
struct IngestReliabilityTests {
    /// Where the ingests store the files: a store file, or a PostgreSQL database when a test database is
    /// named (`TestDatabase`).
    enum Kind: String, CaseIterable, CustomTestStringConvertible {
        case file
        case database

        static var allCases: [Kind] { TestDatabase.url == nil ? [.file] : [.file, .database] }

        var testDescription: String { rawValue }
    }

    let directory: URL
    let files: SubmissionFiles
    let returns: URL
    /// The generated files by their SHA-256.
    let generated: [String: URL]

    init() async throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("sli-kill-\(UUID().uuidString)")
        returns = directory.appendingPathComponent("returns")
        files = try SubmissionFiles()
        let urls = try files.writeAll(variants: 3, into: returns)
        generated = Dictionary(
            try urls.map { (Self.sha256(try Data(contentsOf: $0)), $0) }
        ) { first, _ in first }
    }

    /// A store of `kind` with the cycle nw-2016, and the option that names it to `sli`.
    func prepare(_ kind: Kind) async throws -> (store: any CycleStore, option: [String]) {
        let store: any CycleStore
        let option: [String]
        switch kind {
        case .file:
            let path = directory.appendingPathComponent("sli.sqlite").path
            (store, option) = (try Store(path: path), ["--store", path])
        case .database:
            let url = try TestDatabase.fresh("sli_kill")
            (store, option) = (try await PostgresStore(location: PostgresLocation(url: url)), ["--database", url])
        }
        _ = try await store.createCycle(
            name: "nw-2016", regionID: "north-west", frameworkID: "nw-infant-mortality-2016", deadline: nil,
            baselineCycle: nil)
        return (store, option)
    }

    static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    /// Starts `sli ingest` of `folder` (the returns folder unless given) without waiting for it; its
    /// standard output goes to `output` and its standard error to `errors` (a `Pipe` or a `FileHandle`)
    /// when they are given.
    func startIngest(_ folder: URL? = nil, into store: [String], output: FileHandle? = nil, errors: Any? = nil)
        throws -> Process
    {
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = ["ingest", "--cycle", "nw-2016", (folder ?? returns).path] + store
        process.environment = ProcessInfo.processInfo.environment.merging([
            "SLI_HOME": CatalogCommandTests.root.path
        ]) { $1 }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output ?? FileHandle.nullDevice
        process.standardError = errors ?? FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Every stored version must be one generated file, whole: bytes, digest and every answer; returns the
    /// digests stored.
    func checkEveryStoredFileIsWhole(_ opened: any CycleStore) async throws -> [String] {
        if let file = opened as? Store { await #expect(try file.integrityCheck() == ["ok"]) }
        let cycle = try await opened.cycle("nw-2016")
        var stored: [String] = []
        for locality in files.region.localities {
            let history = try await opened.history(cycleID: cycle.id, localityCode: locality.code)
            #expect(history.map(\.version) == Array(0..<history.count).map { $0 + 1 })
            for submission in history {
                stored.append(submission.sha256)
                let bytes = try await opened.originalBytes(of: submission)
                #expect(Self.sha256(bytes) == submission.sha256)
                let url = try #require(generated[submission.sha256], "a stored file that was never generated")
                #expect(try Data(contentsOf: url) == bytes)
                let variant = try #require(
                    Int(url.deletingPathExtension().lastPathComponent.split(separator: "-").last ?? ""))
                let expected = files.assessment(for: locality, variant: variant)
                let assessment = try await opened.assessment(of: submission)
                #expect(assessment.answers.map(\.rating) == expected.answers.map(\.rating))
                #expect(assessment.answers.map(\.evidence) == expected.answers.map(\.evidence))
                #expect(assessment.contributors == expected.contributors)
            }
        }
        return stored
    }

    @Test(arguments: Kind.allCases)
    func killingIngestAtAnyMomentLeavesEachFileWholeOrAbsent(kind: Kind) async throws {
        let (store, option) = try await prepare(kind)
        for delay in [0.2, 0.35, 0.5, 0.65, 0.8] {
            let process = try startIngest(into: option)
            try await Task.sleep(for: .seconds(delay))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            _ = try await checkEveryStoredFileIsWhole(store)
        }
        let finish = try startIngest(into: option)
        finish.waitUntilExit()
        #expect(finish.terminationStatus == 0)
        #expect(Set(try await checkEveryStoredFileIsWhole(store)) == Set(generated.keys))
    }

    @Test(arguments: Kind.allCases)
    func aFaultEndsIngestWithOneLineNamingTheFileAndLeavesEveryFileWholeOrAbsent(kind: Kind) async throws {
        let (store, option) = try await prepare(kind)
        let errors = Pipe()
        let process = try startIngest(into: option, errors: errors)
        let cycle = try await store.cycle("nw-2016")
        while try await store.currentSubmissions(cycleID: cycle.id).isEmpty && process.isRunning {
            try await Task.sleep(for: .milliseconds(20))
        }
        kill(process.processIdentifier, SIGSEGV)
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGSEGV)
        let lines = said.split(separator: "\n")
        #expect(lines.count == 1, "one line, not a backtrace: \(said)")
        let line = String(lines.first ?? "")
        #expect(line.hasPrefix("sli: stopped by a fault (a bad memory address) while reading "))
        #expect(line.contains("returns/"))
        #expect(line.hasSuffix("; nothing from that file was stored; please report it"))
        _ = try await checkEveryStoredFileIsWhole(store)
    }

    @Test(arguments: Kind.allCases)
    func twoIngestsAtOnceBothFinishAndStoreEveryFileOnce(kind: Kind) async throws {
        let (store, option) = try await prepare(kind)
        let halves = [directory.appendingPathComponent("first"), directory.appendingPathComponent("second")]
        for url in generated.values {
            let locality = url.lastPathComponent.split(separator: "-").dropLast().joined(separator: "-")
            let half = halves[files.region.localities.firstIndex { $0.name == locality }.map { $0 % 2 } ?? 0]
            try FileManager.default.createDirectory(at: half, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: url, to: half.appendingPathComponent(url.lastPathComponent))
        }
        let first = try startIngest(halves[0], into: option)
        let second = try startIngest(halves[1], into: option)
        first.waitUntilExit()
        second.waitUntilExit()
        #expect(first.terminationStatus == 0)
        #expect(second.terminationStatus == 0)
        #expect(try await checkEveryStoredFileIsWhole(store).sorted() == generated.keys.sorted())
    }
}

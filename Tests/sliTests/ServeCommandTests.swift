import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

@Suite("sli serve")
struct ServeCommandTests {
    @Test func aStoreWithoutAccountsGetsAOneTimeLinkAndTheServerStopsCleanlyOnSIGTERM() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sli-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outputURL = folder.appendingPathComponent("stdout")
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        let port = Int.random(in: 20_000...40_000)
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = ["serve", "--store", folder.appendingPathComponent("s.sqlite").path, "--port", "\(port)"]
        process.standardOutput = try FileHandle(forWritingTo: outputURL)
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        var printed = ""
        for _ in 0..<300 where !printed.contains("serving ") {
            try await Task.sleep(for: .milliseconds(100))
            printed = try String(contentsOf: outputURL, encoding: .utf8)
        }
        let lines = printed.split(separator: "\n").map(String.init)
        #expect(lines.first == "no account yet: open this link once to make the first network-lead account:")
        let link = try #require(lines.dropFirst().first?.trimmingCharacters(in: .whitespaces))
        #expect(link.hasPrefix("http://127.0.0.1:\(port)/invitations/"))
        #expect(
            lines.contains(
                "serving \(folder.appendingPathComponent("s.sqlite").path) on http://127.0.0.1:\(port) (Ctrl-C to stop)"
            ))

        var page = ""
        for _ in 0..<50 where page.isEmpty {
            if let (data, _) = try? await URLSession.shared.data(from: try #require(URL(string: link))) {
                page = String(decoding: data, as: UTF8.self)
            } else {
                try await Task.sleep(for: .milliseconds(100))
            }
        }
        #expect(page.contains("This link makes the account as network lead. It works once."))

        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
    }
}

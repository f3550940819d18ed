import Foundation

/// A real `sli serve` process, started for a test on a port of its own and stopped when the test ends.
final class PortalServer {
    /// The port it listens on, on 127.0.0.1.
    let port: Int
    private let process = Process()
    private let output: URL

    /// Starts `sli serve` with `arguments` (the store's option) on `port` and waits until it says it is
    /// serving.
    ///
    /// - Throws: `ServerFailure` with what it printed when it stops first or says nothing within 60 s.
    init(_ arguments: [String], port: Int, environment: [String: String] = [:]) async throws {
        self.port = port
        output = FileManager.default.temporaryDirectory.appendingPathComponent("sli-serve-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        process.executableURL = CommandRunner.binary
        process.arguments = ["serve", "--port", "\(port)"] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let log = try FileHandle(forWritingTo: output)
        process.standardOutput = log
        process.standardError = log
        try process.run()
        for _ in 0..<600 {
            if printed.contains("serving ") { return }
            guard process.isRunning else { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        stop()
        throw ServerFailure(printed: printed)
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(at: output)
    }

    /// What the server has printed so far, standard output and error together.
    var printed: String { (try? String(contentsOf: output, encoding: .utf8)) ?? "" }

    /// Stops the server with SIGTERM and waits for it.
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }

    /// A server that stopped, or never said it was serving.
    struct ServerFailure: Error, CustomStringConvertible {
        var printed: String
        var description: String { "sli serve did not start; it printed:\n\(printed)" }
    }
}

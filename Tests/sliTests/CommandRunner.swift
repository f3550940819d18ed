import Foundation

/// Runs the built `sli` binary the way a person would, and captures what it prints.
struct CommandRunner {
    /// What one run of `sli` printed and how it ended.
    struct Output {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// The `sli` binary in the build folder that holds the test bundle.
    static var binary: URL {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.isExecutableFile(atPath: directory.appendingPathComponent("sli").path),
            directory.path != "/"
        {
            directory.deleteLastPathComponent()
        }
        return directory.appendingPathComponent("sli")
    }

    /// Runs `sli` (or `executable`) with `arguments` in `directory` and waits for it to finish; with
    /// `discardingOutput`, standard output goes to `/dev/null` (for a run that prints hundreds of megabytes).
    static func run(
        _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
        discardingOutput: Bool = false, executable: URL = binary
    ) throws -> Output {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("sli-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outputURL = scratch.appendingPathComponent("stdout")
        let errorURL = scratch.appendingPathComponent("stderr")
        let output = try newFile(at: outputURL)
        let error = try newFile(at: errorURL)
        defer {
            try? output.close()
            try? error.close()
        }

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = discardingOutput ? FileHandle.nullDevice : output
        process.standardError = error
        try process.run()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus,
            standardOutput: try String(contentsOf: outputURL, encoding: .utf8),
            standardError: try String(contentsOf: errorURL, encoding: .utf8)
        )
    }

    /// Creates an empty file at `url` and opens it for a process to write to.
    static func newFile(at url: URL) throws -> FileHandle {
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        return try FileHandle(forWritingTo: url)
    }
}

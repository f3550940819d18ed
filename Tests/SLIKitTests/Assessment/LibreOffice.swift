import Foundation

@testable import SLIKit
@testable import SpreadsheetKit

/// Runs LibreOffice's headless converter, when it is installed, the way a locality re-saving a file would.
enum LibreOffice {
    /// The `soffice` program on the search path, or `nil` when LibreOffice is not installed.
    static let executable: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/usr/local/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("soffice") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Whether conversions can run here.
    static var isAvailable: Bool { executable != nil }

    /// The `--convert-to` argument that saves as `format`.
    static func target(_ format: SpreadsheetFormat) -> String {
        format == .spreadsheetML ? "xml:MS Excel 2003 XML" : format.rawValue
    }

    /// Converts `files` to `format` into `directory` (same base names, the new extension) and returns
    /// the converted files.
    static func convert(_ files: [URL], to format: SpreadsheetFormat, into directory: URL) throws -> [URL] {
        guard let executable else { return [] }
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("sli-lo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = executable
        process.arguments =
            [
                "-env:UserInstallation=\(profile.absoluteString)", "--headless", "--convert-to", target(format),
                "--outdir", directory.path,
            ] + files.map(\.path)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return files.map {
            directory.appendingPathComponent($0.deletingPathExtension().lastPathComponent + "." + format.fileExtension)
        }
    }
}

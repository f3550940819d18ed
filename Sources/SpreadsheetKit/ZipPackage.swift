import Foundation
import ZIPFoundation

/// A zip package (XLSX, ODS) opened for reading its parts one at a time, with zip-bomb guards.
///
/// The entry count is capped while the central directory is listed; inflated bytes are counted while
/// each part streams out (the sizes written in the zip headers are never trusted), against a cap on the
/// whole package and a cap on each part's compression ratio.
final class ZipPackage {
    private let archive: Archive
    private let limits: ReadLimits
    private let file: String
    private var entries: [String: Entry] = [:]
    private var inflatedBytes = 0

    /// Opens the package at `url` (or held in `data`) and lists its entries.
    init(url: URL?, data: Data?, file: String, limits: ReadLimits) throws {
        self.limits = limits
        self.file = file
        do {
            if let url {
                archive = try Archive(url: url, accessMode: .read)
            } else {
                archive = try Archive(data: data ?? Data(), accessMode: .read)
            }
        } catch {
            throw SpreadsheetError.malformed(
                SpreadsheetLocation(file: file), "the zip package cannot be opened (\(error))")
        }
        var count = 0
        for entry in archive {
            count += 1
            if count > limits.maximumZipEntries {
                throw SpreadsheetError.limitExceeded(
                    SpreadsheetLocation(file: file),
                    "the zip package has more than \(limits.maximumZipEntries) entries (the limit)")
            }
            let key = Self.key(entry.path)
            if entries[key] != nil {
                throw SpreadsheetError.malformed(
                    SpreadsheetLocation(file: file, part: entry.path),
                    "the zip package holds this part twice (expected one entry per name)")
            }
            entries[key] = entry
        }
    }

    /// Whether the package has a part at `path` (case-insensitive, as in OPC part names).
    func contains(_ path: String) -> Bool {
        entries[Self.key(path)] != nil
    }

    /// Streams the part at `path` through `body`, chunk by chunk, counting the inflated bytes.
    func stream(_ path: String, into body: (UnsafeRawBufferPointer) throws -> Void) throws {
        let location = SpreadsheetLocation(file: file, part: path)
        guard let entry = entries[Self.key(path)] else {
            throw SpreadsheetError.malformed(location, "the part is missing from the zip package")
        }
        let compressed = max(Int(clamping: entry.compressedSize), 1)
        var partBytes = 0
        var bodyError: (any Error)?
        do {
            _ = try archive.extract(entry, bufferSize: 1 << 18, skipCRC32: true) { chunk in
                partBytes += chunk.count
                inflatedBytes += chunk.count
                if inflatedBytes > limits.maximumInflatedBytes {
                    bodyError = SpreadsheetError.limitExceeded(
                        location,
                        "the zip package inflates to more than \(limits.maximumInflatedBytes) bytes (the limit)"
                    )
                } else if partBytes > 1 << 20, partBytes / compressed > limits.maximumCompressionRatio {
                    bodyError = SpreadsheetError.limitExceeded(
                        location,
                        "the part inflates to more than \(limits.maximumCompressionRatio) times its compressed size "
                            + "(the limit; a zip bomb?)")
                } else {
                    do { try chunk.withUnsafeBytes { try body($0) } } catch { bodyError = error }
                }
                if let bodyError { throw bodyError }
            }
        } catch {
            if let bodyError { throw bodyError }
            throw SpreadsheetError.malformed(location, "the zip part cannot be inflated (\(error))")
        }
    }

    /// The whole part at `path`, for small parts only (at most `maximumBytes`).
    func data(_ path: String, maximumBytes: Int) throws -> Data {
        var data = Data()
        try stream(path) { chunk in
            if data.count + chunk.count > maximumBytes {
                throw SpreadsheetError.limitExceeded(
                    SpreadsheetLocation(file: file, part: path), "the part is larger than \(maximumBytes) bytes")
            }
            data.append(contentsOf: chunk)
        }
        return data
    }

    /// Streams an XML part through a new `XMLEventParser` feeding `handler`.
    func parse(_ path: String, with handler: some XMLEventHandler, configure: (XMLEventParser) -> Void = { _ in })
        throws
    {
        let parser = XMLEventParser(handler: handler, location: SpreadsheetLocation(file: file, part: path))
        configure(parser)
        try stream(path) { try parser.feed($0) }
        try parser.finish()
    }

    private static func key(_ path: String) -> String {
        var path = path.lowercased()
        while path.hasPrefix("/") { path.removeFirst() }
        return path
    }
}

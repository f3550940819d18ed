import Foundation

/// A zip package (XLSX, ODS) held in memory or mapped from its file, read one part at a time, with guards
/// against damaged and hostile packages.
///
/// The package reads its own central directory and checks every offset and size in it against the bytes
/// present before it reads anything: an entry that points past the end, into the central directory or into
/// another entry is refused. Inflated bytes are counted while each part streams out (the sizes written in
/// the zip headers are never trusted), against a cap on the whole package and a cap on the ratio of bytes
/// out to compressed bytes in so far; each part's CRC-32 and size are checked when it ends; and each part
/// is read at most once, so that many sheets pointing at one large part cost nothing more than one.
final class ZipPackage {
    private let bytes: Data
    private let limits: ReadLimits
    private let file: String
    private var entries: [String: ZipEntry] = [:]
    private var streamed: Set<String> = []
    private var inflatedBytes = 0
    /// Whether `bytes` is a mapping of the file (``FileMapping``), whose pages are given back as each
    /// part's compressed bytes are read.
    private let releasesReadPages: Bool

    /// Lists the entries of the package held in `data` (`file` names it in errors); `releasesReadPages`
    /// when `data` maps the file, never for bytes in memory.
    init(data: Data, file: String, limits: ReadLimits, releasesReadPages: Bool = false) throws {
        bytes = data
        self.releasesReadPages = releasesReadPages
        self.limits = limits
        self.file = file
        let directory = try centralDirectory()
        if directory.count > limits.maximumZipEntries {
            throw SpreadsheetError.limitExceeded(
                SpreadsheetLocation(file: file),
                "the zip package has more than \(limits.maximumZipEntries) entries (the limit)")
        }
        var listed: [ZipEntry] = []
        var position = directory.offset
        for _ in 0..<directory.count {
            var entry = try centralEntry(at: &position, end: directory.offset + directory.size)
            entry.dataOffset = try dataOffset(of: entry, before: directory.offset)
            let key = Self.key(entry.path)
            if entries[key] != nil {
                throw SpreadsheetError.malformed(
                    SpreadsheetLocation(file: file, part: entry.path),
                    "the zip package holds this part twice (expected one entry per name)")
            }
            entries[key] = entry
            listed.append(entry)
        }
        listed.sort { ($0.headerOffset, $0.path) < ($1.headerOffset, $1.path) }
        for (first, second) in zip(listed, listed.dropFirst()) where first.dataEnd > second.headerOffset {
            throw SpreadsheetError.malformed(
                SpreadsheetLocation(file: file, part: second.path),
                "the part overlaps the part \(first.path) (expected each part's bytes apart from the others)")
        }
    }

    /// Whether the package has a part at `path` (case-insensitive, as in OPC part names).
    func contains(_ path: String) -> Bool {
        entries[Self.key(path)] != nil
    }

    /// Streams the part at `path` through `body`, chunk by chunk, counting the inflated bytes.
    ///
    /// - Throws: `SpreadsheetError` when the part is missing, was read before, is encrypted or compressed
    ///   by a method other than deflate, goes over a limit, or does not match its checksum or size.
    func stream(_ path: String, into body: (UnsafeRawBufferPointer) throws -> Void) throws {
        let location = SpreadsheetLocation(file: file, part: path)
        guard let entry = entries[Self.key(path)] else {
            throw SpreadsheetError.malformed(location, "the part is missing from the zip package")
        }
        guard streamed.insert(Self.key(path)).inserted else {
            throw SpreadsheetError.malformed(
                location, "the workbook points at this part a second time (expected each part read once)")
        }
        if entry.isEncrypted {
            throw SpreadsheetError.unrecognized(
                location, "the part is encrypted (save the spreadsheet without a password)")
        }
        var partBytes = 0
        var consumed = 0
        func deliver(_ chunk: UnsafeRawBufferPointer) throws {
            partBytes += chunk.count
            inflatedBytes += chunk.count
            if inflatedBytes > limits.maximumInflatedBytes {
                throw SpreadsheetError.limitExceeded(
                    location, "the zip package inflates to more than \(limits.maximumInflatedBytes) bytes (the limit)")
            }
            if partBytes > 1 << 20, partBytes / max(consumed, 1) > limits.maximumCompressionRatio {
                throw SpreadsheetError.limitExceeded(
                    location,
                    "the part inflates to more than \(limits.maximumCompressionRatio) times its compressed size "
                        + "(the limit; a zip bomb?)")
            }
            if partBytes > entry.size {
                throw SpreadsheetError.malformed(
                    location, "the part inflates to more than the \(entry.size) bytes the zip package records")
            }
            try body(chunk)
        }
        let stored = bytes.startIndex + entry.dataOffset
        let part = bytes[stored..<(stored + entry.compressedSize)]
        let checksum: UInt32 = try part.withUnsafeBytes { compressed in
            var released = 0
            defer { if releasesReadPages { FileMapping.release(compressed, from: released, to: consumed) } }
            func deliverReleasing(_ chunk: UnsafeRawBufferPointer) throws {
                try deliver(chunk)
                if releasesReadPages, consumed - released >= Self.releaseSize {
                    FileMapping.release(compressed, from: released, to: consumed)
                    released = consumed
                }
            }
            switch entry.method {
            case 0:
                var crc: UInt32 = 0
                var start = 0
                while start < compressed.count {
                    let end = min(start + Self.chunkSize, compressed.count)
                    let chunk = UnsafeRawBufferPointer(rebasing: compressed[start..<end])
                    consumed = end
                    crc = ZipInflation.checksum(chunk, continuing: crc)
                    try deliverReleasing(chunk)
                    start = end
                }
                return crc
            case 8:
                do {
                    return try ZipInflation.inflate(compressed, chunkSize: Self.chunkSize) { chunk, read in
                        consumed = read
                        try deliverReleasing(chunk)
                    }
                } catch ZipInflation.Failure.truncated {
                    throw SpreadsheetError.malformed(
                        location, "the part's compressed bytes end before the part does (a damaged file?)")
                } catch ZipInflation.Failure.damaged {
                    throw SpreadsheetError.malformed(
                        location, "the part cannot be inflated: its compressed bytes are damaged")
                }
            default:
                throw SpreadsheetError.unrecognized(
                    location,
                    "the part is compressed by method \(entry.method), which sli does not read (expected deflate)")
            }
        }
        if partBytes != entry.size {
            throw SpreadsheetError.malformed(
                location, "the part inflates to \(partBytes) bytes but the zip package records \(entry.size)")
        }
        if checksum != entry.checksum {
            throw SpreadsheetError.malformed(
                location, "the part is damaged: its CRC-32 does not match the one the zip package records")
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

    /// The size of the pieces read and inflated: small enough that a part inflating far beyond the ratio
    /// is stopped within a few megabytes.
    private static let chunkSize = 1 << 14

    /// How many compressed bytes are read between two givings-back of their pages.
    private static let releaseSize = 1 << 22

    /// The central directory's entry count, offset and size, from the end of central directory record
    /// (and its ZIP64 form), checked to lie inside the file.
    private func centralDirectory() throws -> (count: Int, offset: Int, size: Int) {
        let location = SpreadsheetLocation(file: file)
        let lowest = max(bytes.count - 22 - 0xFFFF, 0)
        guard
            let end = stride(from: bytes.count - 22, through: lowest, by: -1).first(where: {
                number(at: $0, width: 4) == 0x0605_4B50
            }),
            var count = number(at: end + 10, width: 2), var size = number(at: end + 12, width: 4),
            var offset = number(at: end + 16, width: 4), let disk = number(at: end + 4, width: 2),
            let directoryDisk = number(at: end + 6, width: 2)
        else {
            throw SpreadsheetError.malformed(
                location, "the zip package has no end of central directory record (a damaged or truncated file?)")
        }
        var directoryEnd = end
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            guard number(at: end - 20, width: 4) == 0x0706_4B50, let record = number(at: end - 12, width: 8),
                record < end, number(at: record, width: 4) == 0x0606_4B50,
                let count64 = number(at: record + 32, width: 8), let size64 = number(at: record + 40, width: 8),
                let offset64 = number(at: record + 48, width: 8)
            else {
                throw SpreadsheetError.malformed(
                    location, "the zip package's ZIP64 end of central directory record is missing or damaged")
            }
            (count, size, offset, directoryEnd) = (count64, size64, offset64, record)
        } else if disk != 0 || directoryDisk != 0 {
            throw SpreadsheetError.unrecognized(
                location, "the zip package is split across several files (expected one file)")
        }
        guard offset <= directoryEnd, size <= directoryEnd - offset else {
            throw SpreadsheetError.malformed(
                location, "the zip package's central directory lies outside the file (a damaged or truncated file?)")
        }
        return (count, offset, size)
    }

    /// The central directory entry at `position`, which moves past it; it must end by `end`.
    private func centralEntry(at position: inout Int, end: Int) throws -> ZipEntry {
        let start = position
        guard start + 46 <= end, number(at: start, width: 4) == 0x0201_4B50,
            let flags = number(at: start + 8, width: 2), let method = number(at: start + 10, width: 2),
            let checksum = number(at: start + 16, width: 4), var compressedSize = number(at: start + 20, width: 4),
            var size = number(at: start + 24, width: 4), let nameLength = number(at: start + 28, width: 2),
            let extraLength = number(at: start + 30, width: 2), let commentLength = number(at: start + 32, width: 2),
            var headerOffset = number(at: start + 42, width: 4),
            start + 46 + nameLength + extraLength + commentLength <= end
        else {
            throw SpreadsheetError.malformed(
                SpreadsheetLocation(file: file),
                "the zip package's central directory is damaged at byte \(start) (expected an entry there)")
        }
        let nameStart = bytes.startIndex + start + 46
        let path = String(decoding: bytes[nameStart..<(nameStart + nameLength)], as: UTF8.self)
        var extra = start + 46 + nameLength
        let extraEnd = extra + extraLength
        while extra + 4 <= extraEnd, let tag = number(at: extra, width: 2), let length = number(at: extra + 2, width: 2)
        {
            if tag == 1 {
                var field = extra + 4
                if size == 0xFFFF_FFFF, let wide = number(at: field, width: 8) { size = wide; field += 8 }
                if compressedSize == 0xFFFF_FFFF, let wide = number(at: field, width: 8) {
                    compressedSize = wide
                    field += 8
                }
                if headerOffset == 0xFFFF_FFFF, let wide = number(at: field, width: 8) { headerOffset = wide }
            }
            extra += 4 + length
        }
        position = extraEnd + commentLength
        return ZipEntry(
            path: path, flags: flags, method: method, checksum: UInt32(checksum), compressedSize: compressedSize,
            size: size, headerOffset: headerOffset)
    }

    /// Where `entry`'s stored bytes start, after checking that its local header and stored bytes lie
    /// before the central directory at `limit`.
    private func dataOffset(of entry: ZipEntry, before limit: Int) throws -> Int {
        let header = entry.headerOffset
        guard header <= limit - 30, number(at: header, width: 4) == 0x0403_4B50,
            let nameLength = number(at: header + 26, width: 2), let extraLength = number(at: header + 28, width: 2),
            header + 30 + nameLength + extraLength <= limit,
            entry.compressedSize <= limit - (header + 30 + nameLength + extraLength)
        else {
            throw SpreadsheetError.malformed(
                SpreadsheetLocation(file: file, part: entry.path),
                "the part's bytes lie outside the file or inside the central directory (a damaged file?)")
        }
        return header + 30 + nameLength + extraLength
    }

    /// The little-endian unsigned number of `width` bytes at `offset`, or `nil` when it lies outside the
    /// bytes or does not fit an `Int`.
    private func number(at offset: Int, width: Int) -> Int? {
        guard offset >= 0, offset <= bytes.count - width else { return nil }
        var value: UInt64 = 0
        for index in (0..<width).reversed() {
            value = value << 8 | UInt64(bytes[bytes.startIndex + offset + index])
        }
        return Int(exactly: value)
    }

    private static func key(_ path: String) -> String {
        var path = path.lowercased()
        while path.hasPrefix("/") { path.removeFirst() }
        return path
    }
}

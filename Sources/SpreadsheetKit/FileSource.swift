import Foundation

/// A file read from disk in chunks, so that its size never matters for memory.
struct FileSource: ByteSource {
    /// The open file, positioned just after `head`.
    let handle: FileHandle
    let head: Data
    /// The file's name, for errors.
    let file: String

    func forEachChunk(_ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        try head.withUnsafeBytes { try body($0) }
        while true {
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: 1 << 18)
            } catch {
                throw SpreadsheetError.unreadable(SpreadsheetLocation(file: file), "the file cannot be read (\(error))")
            }
            guard let chunk, !chunk.isEmpty else { return }
            try chunk.withUnsafeBytes { try body($0) }
        }
    }
}

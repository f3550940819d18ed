import Foundation

/// A file already held in memory.
struct DataSource: ByteSource {
    /// The whole content.
    let data: Data

    var head: Data { data.prefix(1 << 16) }

    func forEachChunk(_ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        let chunkSize = 1 << 18
        var offset = data.startIndex
        while offset < data.endIndex {
            let end = min(offset + chunkSize, data.endIndex)
            try data[offset..<end].withUnsafeBytes { try body($0) }
            offset = end
        }
    }
}

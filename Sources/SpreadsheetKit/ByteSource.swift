import Foundation

/// A file's bytes, offered as its first kilobytes (for sniffing) and then in chunks.
protocol ByteSource {
    /// The first bytes, at most 64 KiB.
    var head: Data { get }
    /// Calls `body` with every chunk of the whole content, `head` included, in order.
    func forEachChunk(_ body: (UnsafeRawBufferPointer) throws -> Void) throws
}

import Foundation

/// Buffers text for standard output and writes it in large pieces.
struct StandardOutput {
    private var buffer: [UInt8] = []

    /// Adds text, writing the buffer out once it is large.
    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes everything buffered.
    mutating func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}

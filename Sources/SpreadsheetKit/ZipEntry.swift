/// One member of a zip package as its central directory lists it, with the place of its data checked.
struct ZipEntry {
    /// The member's path inside the package.
    var path: String
    /// The general-purpose flags (bit 0: encrypted).
    var flags: Int
    /// The compression method (0 stored, 8 deflate).
    var method: Int
    /// The CRC-32 of the inflated bytes.
    var checksum: UInt32
    /// The size of the stored (compressed) bytes.
    var compressedSize: Int
    /// The size of the inflated bytes.
    var size: Int
    /// Where the member's local header starts.
    var headerOffset: Int
    /// Where the member's stored bytes start, after its local header.
    var dataOffset = 0

    /// Whether the member is encrypted.
    var isEncrypted: Bool { flags & 1 != 0 }

    /// Where the member's stored bytes end.
    var dataEnd: Int { dataOffset + compressedSize }
}

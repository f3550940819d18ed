import CZlibInflate

/// Inflates one deflated zip part with zlib, straight from the package's bytes into one reused buffer,
/// and works out the CRC-32 of the bytes as they come out (zlib's, several times faster than a table
/// walked in Swift).
enum ZipInflation {
    /// Why a part could not be inflated.
    enum Failure: Error {
        /// The compressed bytes end before the deflate stream does.
        case truncated
        /// The compressed bytes are not a deflate stream.
        case damaged
    }

    /// Inflates `input`, handing each piece of at most `chunkSize` bytes to `deliver` with the count of
    /// compressed bytes read so far, and returns the CRC-32 of everything delivered.
    static func inflate(
        _ input: UnsafeRawBufferPointer, chunkSize: Int,
        deliver: (UnsafeRawBufferPointer, _ consumed: Int) throws -> Void
    ) throws -> UInt32 {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Failure.damaged
        }
        defer { inflateEnd(&stream) }
        let outputBytes = UnsafeMutablePointer<Bytef>.allocate(capacity: chunkSize)
        defer { outputBytes.deallocate() }
        var unread = input.count
        stream.next_in = input.baseAddress.map {
            UnsafeMutablePointer(mutating: $0.assumingMemoryBound(to: Bytef.self))
        }
        var checksum = crc32(0, nil, 0)
        while true {
            if stream.avail_in == 0, unread > 0 {
                let piece = min(unread, 1 << 30)
                stream.avail_in = UInt32(piece)
                unread -= piece
            }
            stream.next_out = outputBytes
            stream.avail_out = UInt32(chunkSize)
            let status = CZlibInflate.inflate(&stream, Z_NO_FLUSH)
            let produced = chunkSize - Int(stream.avail_out)
            if produced > 0 {
                checksum = crc32(checksum, outputBytes, UInt32(produced))
                try deliver(
                    UnsafeRawBufferPointer(start: outputBytes, count: produced),
                    input.count - unread - Int(stream.avail_in))
            }
            switch status {
            case Z_STREAM_END: return UInt32(checksum)
            case Z_OK: continue
            case Z_BUF_ERROR where stream.avail_in == 0 && unread == 0: throw Failure.truncated
            default: throw Failure.damaged
            }
        }
    }

    /// The CRC-32 of `bytes`, continuing from `checksum`.
    static func checksum(_ bytes: UnsafeRawBufferPointer, continuing checksum: UInt32 = 0) -> UInt32 {
        UInt32(crc32(UInt(checksum), bytes.baseAddress?.assumingMemoryBound(to: Bytef.self), UInt32(bytes.count)))
    }
}

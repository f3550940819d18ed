import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A file's bytes mapped read-only into memory, so that a zip package is read from its file as from
/// bytes in memory, and whose pages are given back once read: a part streamed from a large package
/// does not stay resident after it has been inflated.
enum FileMapping {
    /// The bytes of the open file `handle`, mapped private and read-only; `nil` when the file is empty
    /// or the system does not map it.
    static func bytes(of handle: FileHandle) -> Data? {
        var facts = stat()
        guard fstat(handle.fileDescriptor, &facts) == 0, facts.st_size > 0 else { return nil }
        let size = Int(facts.st_size)
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, handle.fileDescriptor, 0), base != MAP_FAILED
        else { return nil }
        return Data(bytesNoCopy: base, count: size, deallocator: .custom { pointer, count in munmap(pointer, count) })
    }

    /// Gives back the whole pages of the mapped `bytes` between offsets `start` and `end`: the process
    /// holds them no more, and reading them again reads them from the file again.
    static func release(_ bytes: UnsafeRawBufferPointer, from start: Int, to end: Int) {
        guard let base = bytes.baseAddress, end > start else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let first = (Int(bitPattern: base + start) + page - 1) / page * page
        let last = Int(bitPattern: base + end) / page * page
        guard last > first, let pointer = UnsafeMutableRawPointer(bitPattern: first) else { return }
        madvise(pointer, last - first, MADV_DONTNEED)
    }
}

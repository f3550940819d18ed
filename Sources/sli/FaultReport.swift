import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One line in words, instead of a backtrace, when a fault stops sli: which signal, which file it was
/// reading, and that nothing from that file was stored (each file is stored in one transaction).
///
/// A signal handler may only write bytes, so the line is built before the fault: ``reading(_:)`` writes it
/// into a fixed buffer whenever sli starts on a file, and the handler writes that buffer to standard
/// error, then lets the signal end the process as it would have.
enum FaultReport {
    /// The signals a fault raises: a bad address, an illegal instruction (Swift's traps), a bus error and
    /// an arithmetic fault.
    static let signals = [SIGSEGV, SIGILL, SIGBUS, SIGFPE, SIGTRAP]

    /// The longest line kept; a longer file name is cut.
    private static let capacity = 1024

    /// The line's bytes (`capacity` of them) and how many are in use, read by the handler.
    nonisolated(unsafe) private static let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    nonisolated(unsafe) private static var length = 0

    /// Installs the handler for every fault signal, with the line for a fault outside any file.
    static func install() {
        set("")
        var action = sigaction()
        #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = handle
        #else
            action.__sigaction_u.__sa_handler = handle
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = Int32(bitPattern: UInt32(SA_RESETHAND))
        for signal in signals { sigaction(signal, &action, nil) }
    }

    /// Records that sli is now reading `file`, so a fault names it; `storing` when the file is being
    /// stored, so the line says that nothing from it was.
    static func reading(_ file: String, storing: Bool = false) {
        set(" while reading \(file)" + (storing ? "; nothing from that file was stored" : ""))
    }

    /// Keeps `context` (cut to ``capacity`` bytes) for the handler to write.
    private static func set(_ context: String) {
        length = 0
        var count = 0
        for byte in context.utf8.prefix(capacity) {
            buffer[count] = byte
            count += 1
        }
        length = count
    }

    /// Writes `sli: stopped by a fault (WHAT)`, the context and `; please report it`, using only
    /// `write`, then raises the signal again with its default action (the handler was reset on entry), so
    /// the process ends by it as before.
    private static let handle: @convention(c) (Int32) -> Void = { signal in
        let lead: StaticString = "sli: stopped by a fault"
        let what: StaticString =
            switch signal {
            case SIGSEGV: " (a bad memory address)"
            case SIGILL, SIGTRAP: " (an internal check failed)"
            case SIGBUS: " (a bus error)"
            default: " (an arithmetic fault)"
            }
        let end: StaticString = "; please report it\n"
        _ = write(STDERR_FILENO, lead.utf8Start, lead.utf8CodeUnitCount)
        _ = write(STDERR_FILENO, what.utf8Start, what.utf8CodeUnitCount)
        _ = write(STDERR_FILENO, buffer, length)
        _ = write(STDERR_FILENO, end.utf8Start, end.utf8CodeUnitCount)
        raise(signal)
    }
}

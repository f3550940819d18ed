import Foundation

/// `N of M` on standard error while long work goes on, when standard error is a terminal.
///
/// Each step overwrites the line before; `finish()` clears it, so nothing is left between the lines a
/// command prints on standard output, and nothing at all is written when standard error is a file or a pipe.
struct TerminalProgress {
    /// How many steps the work has.
    let total: Int
    /// Whether standard error is a terminal.
    let isShown = isatty(FileHandle.standardError.fileDescriptor) == 1

    /// Shows that step `number` (from 1) of `total` is under way, with what it is working on.
    func step(_ number: Int, _ what: String) {
        guard isShown else { return }
        let line = "\(number) of \(total): \(what)"
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + String(line.prefix(100))).utf8))
    }

    /// Clears the progress line.
    func finish() {
        guard isShown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

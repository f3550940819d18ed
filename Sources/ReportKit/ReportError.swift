/// What can go wrong while writing a report.
public enum ReportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A file or folder of the report could not be written.
    case cannotWrite(path: String, reason: String)
    /// The report folder's path names an existing file.
    case notAFolder(path: String)

    /// A lower-case message naming the file and what went wrong.
    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason): "cannot write report file \(path): \(reason)"
        case .notAFolder(let path): "cannot write the report into \(path): it is a file, expected a folder"
        }
    }
}

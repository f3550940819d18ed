/// One file of a report folder: its path relative to the folder and its text.
public struct ReportFile: Sendable, Hashable {
    /// The path relative to the report folder, e.g. `localities/E08000001.html`.
    public var path: String
    /// The file's text (UTF-8 when written).
    public var contents: String

    /// A file with the given path and text.
    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}

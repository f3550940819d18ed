/// A link from one page of the report folder to another file in it.
struct ReportLink: Sendable, Hashable {
    /// The relative path without extension, e.g. `localities/E08000001` or `tables/participation`.
    var path: String
    /// The file extension the link points at (`html`, `md`, `csv`, `json`).
    var fileExtension: String
    /// The link text.
    var label: String

    /// The relative address.
    var href: String { "\(path).\(fileExtension)" }
}

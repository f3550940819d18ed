/// The most a reader accepts from one file before it stops with `SpreadsheetError.limitExceeded`.
///
/// The defaults are Excel's own sheet limits plus caps that keep a hostile file (a zip bomb, a billion
/// repeated cells) from exhausting memory or time.
public struct ReadLimits: Sendable, Hashable {
    /// The most rows a sheet may use (Excel: 1,048,576).
    public var maximumRows: Int
    /// The most columns a sheet may use (Excel: 16,384).
    public var maximumColumns: Int
    /// The most non-empty cells in the whole workbook.
    public var maximumCells: Int
    /// The most sheets in the workbook.
    public var maximumSheets: Int
    /// The longest text of one cell or shared string, in UTF-8 bytes.
    public var maximumTextBytes: Int
    /// The most text all cells together may hold, in UTF-8 bytes (a shared string used a million times
    /// counts a million times).
    public var maximumTotalTextBytes: Int
    /// The most entries a zip package (XLSX, ODS) may list.
    public var maximumZipEntries: Int
    /// The most bytes all inflated zip parts together may hold, counted while inflating.
    public var maximumInflatedBytes: Int
    /// The largest ratio of inflated to compressed size of one zip part (beyond 1 MiB inflated), measured
    /// as the bytes come out.
    public var maximumCompressionRatio: Int
    /// The most merged ranges in the whole workbook.
    public var maximumMerges: Int
    /// The largest file, in bytes.
    public var maximumFileBytes: Int

    /// Limits with the given values; every parameter defaults to the standard limit.
    public init(
        maximumRows: Int = CellReference.maximumRows, maximumColumns: Int = CellReference.maximumColumns,
        maximumCells: Int = 10_000_000, maximumSheets: Int = 1_000, maximumTextBytes: Int = 1 << 20,
        maximumTotalTextBytes: Int = 1 << 26,
        maximumZipEntries: Int = 10_000, maximumInflatedBytes: Int = 2 << 30, maximumCompressionRatio: Int = 1_000,
        maximumMerges: Int = 100_000, maximumFileBytes: Int = 1 << 30
    ) {
        self.maximumRows = maximumRows
        self.maximumColumns = maximumColumns
        self.maximumCells = maximumCells
        self.maximumSheets = maximumSheets
        self.maximumTextBytes = maximumTextBytes
        self.maximumTotalTextBytes = maximumTotalTextBytes
        self.maximumZipEntries = maximumZipEntries
        self.maximumInflatedBytes = maximumInflatedBytes
        self.maximumCompressionRatio = maximumCompressionRatio
        self.maximumMerges = maximumMerges
        self.maximumFileBytes = maximumFileBytes
    }

    /// The standard limits.
    public static let standard = ReadLimits()

    /// The limits for a returned self-assessment workbook: far above what any framework's workbook holds
    /// (a few hundred cells in a few sheets, well under a megabyte), so that a file that cannot be a return
    /// is refused before it is built.
    public static let submission = ReadLimits(
        maximumCells: 200_000, maximumSheets: 100, maximumTotalTextBytes: 1 << 24, maximumZipEntries: 1_000,
        maximumInflatedBytes: 1 << 27, maximumMerges: 10_000, maximumFileBytes: 1 << 24)

    /// The limits for a table imported whole (indicator figures, Market Place entries, action plans,
    /// recommendation updates, follow-up returns): room for 35,000 rows of seven columns, where a region's
    /// figures need a few thousand, while a file that would take more than a second to build (or to read
    /// as a table) is refused at the cell that passes the limit.
    public static let table = ReadLimits(
        maximumCells: 250_000, maximumSheets: 100, maximumZipEntries: 1_000, maximumInflatedBytes: 1 << 28,
        maximumMerges: 10_000, maximumFileBytes: 1 << 26)
}

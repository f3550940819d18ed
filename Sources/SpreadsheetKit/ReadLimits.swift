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
    /// The largest ratio of inflated to compressed size of one zip part (beyond 1 MiB inflated).
    public var maximumCompressionRatio: Int

    /// Limits with the given values; every parameter defaults to the standard limit.
    public init(
        maximumRows: Int = CellReference.maximumRows, maximumColumns: Int = CellReference.maximumColumns,
        maximumCells: Int = 10_000_000, maximumSheets: Int = 1_000, maximumTextBytes: Int = 1 << 20,
        maximumTotalTextBytes: Int = 1 << 28,
        maximumZipEntries: Int = 10_000, maximumInflatedBytes: Int = 2 << 30, maximumCompressionRatio: Int = 1_000
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
    }

    /// The standard limits.
    public static let standard = ReadLimits()
}

import Foundation

/// An indicator figure as a store keeps it: the figures with the file they came from and when.
public struct StoredIndicatorValue: Sendable, Hashable {
    /// The figures.
    public var value: IndicatorValue
    /// The file the figures were imported from.
    public var sourceFile: String
    /// When that file was imported.
    public var importedAt: Date

    /// A stored figure with the given content.
    public init(value: IndicatorValue, sourceFile: String, importedAt: Date) {
        self.value = value
        self.sourceFile = sourceFile
        self.importedAt = importedAt
    }
}

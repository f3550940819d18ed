/// The scale localities rate each item on, plus the "not applicable" answer that never counts as zero.
public struct RatingScale: Sendable, Hashable, Codable {
    /// One point of the scale.
    public struct Level: Sendable, Hashable, Codable {
        /// The number entered in the workbook, e.g. `3`.
        public var value: Int
        /// What the number means, e.g. `in place`.
        public var label: String

        /// A level with the given value and meaning.
        public init(value: Int, label: String) {
            self.value = value
            self.label = label
        }
    }

    /// The levels, lowest first.
    public var levels: [Level]
    /// The text of the "not applicable" answer, e.g. `N/A`.
    public var notApplicable: String

    /// A scale of the given levels.
    public init(levels: [Level], notApplicable: String = "N/A") {
        self.levels = levels.sorted { $0.value < $1.value }
        self.notApplicable = notApplicable
    }

    /// The default scale: 0 not in place, 1 planned, 2 partly in place, 3 in place, 4 embedded and evaluated.
    public static let standard = RatingScale(levels: [
        Level(value: 0, label: "not in place"),
        Level(value: 1, label: "planned"),
        Level(value: 2, label: "partly in place"),
        Level(value: 3, label: "in place"),
        Level(value: 4, label: "embedded and evaluated"),
    ])

    /// The lowest value on the scale.
    public var minimum: Int { levels.first?.value ?? 0 }
    /// The highest value on the scale.
    public var maximum: Int { levels.last?.value ?? 0 }

    /// The level with `value`, or `nil` when the value is not on the scale.
    public func level(_ value: Int) -> Level? {
        levels.first { $0.value == value }
    }

    /// How the scale reads in a message: `0-4 (or N/A)`.
    public var summary: String { "\(minimum)-\(maximum) (or \(notApplicable))" }
}

/// A locality's answer on the rating scale for one item.
public enum Rating: Sendable, Hashable {
    /// A value on the framework's scale.
    case level(Int)
    /// "Not applicable": excluded from every score, never zero.
    case notApplicable

    /// The value on the scale, or `nil` for not applicable.
    public var value: Int? {
        if case .level(let value) = self { return value }
        return nil
    }
}

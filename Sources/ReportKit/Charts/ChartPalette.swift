/// Colours that readers with the common forms of colour blindness can tell apart.
///
/// Categorical colours are the Okabe-Ito set; the sequential scale follows viridis, which keeps its
/// order in lightness as well as hue and so also reads in grey-scale print.
enum ChartPalette {
    /// Okabe-Ito blue.
    static let blue = "#0072B2"
    /// Okabe-Ito orange.
    static let orange = "#E69F00"
    /// Okabe-Ito vermillion.
    static let vermillion = "#D55E00"
    /// Okabe-Ito sky blue.
    static let skyBlue = "#56B4E9"
    /// Okabe-Ito bluish green.
    static let bluishGreen = "#009E73"
    /// Okabe-Ito reddish purple.
    static let reddishPurple = "#CC79A7"
    /// Text and axis colour.
    static let ink = "#1A1A1A"
    /// Light grey for ranges and grid lines.
    static let lightGrey = "#D9D9D9"
    /// Mid grey for quartile bands.
    static let midGrey = "#9E9E9E"

    /// Viridis at eleven evenly spaced points from 0 to 1.
    private static let viridis: [(Double, Double, Double)] = [
        (68, 1, 84), (72, 36, 117), (65, 68, 135), (53, 95, 141), (42, 120, 142), (33, 145, 140),
        (34, 168, 132), (68, 191, 112), (122, 209, 81), (189, 223, 38), (253, 231, 37),
    ]

    /// The sequential colour at `fraction` (clamped to 0...1), as `#RRGGBB`.
    static func sequential(_ fraction: Double) -> String {
        let clamped = fraction.isFinite ? min(1, max(0, fraction)) : 0
        let position = clamped * Double(viridis.count - 1)
        let lower = min(Int(position), viridis.count - 2)
        let weight = position - Double(lower)
        let (r0, g0, b0) = viridis[lower]
        let (r1, g1, b1) = viridis[lower + 1]
        return hex(r0 + (r1 - r0) * weight, g0 + (g1 - g0) * weight, b0 + (b1 - b0) * weight)
    }

    /// The text colour that reads on the sequential colour at `fraction`.
    static func textOnSequential(_ fraction: Double) -> String {
        fraction < 0.55 ? "#FFFFFF" : ink
    }

    private static func hex(_ red: Double, _ green: Double, _ blue: Double) -> String {
        let digits = Array("0123456789ABCDEF")
        var text = "#"
        for component in [red, green, blue] {
            let value = Int(component.rounded())
            text.append(digits[(value / 16) % 16])
            text.append(digits[value % 16])
        }
        return text
    }
}

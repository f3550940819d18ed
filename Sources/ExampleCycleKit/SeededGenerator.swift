import Foundation

/// A small, fast, deterministic random number generator (SplitMix64).
///
/// The example cycle is generated from a seed so that every run writes the same workbooks, the
/// same indicators and the same report.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator that always produces the same sequence for the same seed.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A generator for one named part of the example, independent of how much the others drew.
    public static func stream(seed: UInt64, _ name: String) -> SeededGenerator {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in name.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
        }
        return SeededGenerator(seed: seed ^ hash)
    }

    /// A normally distributed value (Box-Muller).
    public mutating func normal(mean: Double = 0, deviation: Double = 1) -> Double {
        let first = Double.random(in: Double.ulpOfOne..<1, using: &self)
        let second = Double.random(in: 0..<1, using: &self)
        return mean + deviation * (-2 * log(first)).squareRoot() * cos(2 * .pi * second)
    }
}

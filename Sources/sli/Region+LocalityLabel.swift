import SLIKit

extension Region {
    /// The locality's name with its code (`Bolton (E08000001)`), or the code alone when the region does
    /// not list it.
    func localityLabel(_ code: String) -> String {
        locality(code: code).map { "\($0.name) (\(code))" } ?? code
    }
}

import SLIKit

extension ReportData {
    /// The name of the locality with `code`, or the code when the report does not list it.
    func localityName(_ code: String) -> String {
        localities.first { $0.code == code }?.name ?? code
    }

    /// The name of the sub-region of the locality with `code`, or its identifier when the report does not
    /// name it.
    func subRegionName(_ code: String) -> String {
        guard let id = localities.first(where: { $0.code == code })?.subRegion else { return "" }
        return subRegions.first { $0.id == id }?.name ?? id
    }

    /// The name of the theme with `id`, or the identifier when the report does not list it.
    func themeName(_ id: String) -> String {
        themes.first { $0.id == id }?.name ?? id
    }

    /// The localities that have theme scores, in the order of ``localities``.
    var scoredLocalities: [Locality] {
        let codes = Set(themeScores.map(\.localityCode))
        return localities.filter { codes.contains($0.code) }
    }

    /// The score of the locality with `code` on the theme with `themeID`.
    func score(_ code: String, _ themeID: String) -> Double? {
        themeScores.first { $0.localityCode == code && $0.themeID == themeID }?.score
    }

    /// The indicator with `id`.
    func indicator(_ id: String) -> ReportIndicator? {
        indicators.first { $0.id == id }
    }

    /// A verdict with its method, e.g. `worse (Byar, 95% and 99.8%)`.
    static func verdictText(_ verdict: ReportVerdict?) -> String {
        guard let verdict else { return "n/a" }
        return "\(verdict.outcome.rawValue) (\(verdict.method))"
    }

    /// The verdict of `value` against the benchmark named `benchmark`.
    static func verdict(_ value: ReportIndicatorValue, against benchmark: String) -> ReportVerdict? {
        value.verdicts.first { $0.benchmark == benchmark }
    }
}

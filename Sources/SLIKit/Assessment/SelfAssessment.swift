/// A locality's decoded self-assessment: what its returned workbook says, item by item.
public struct SelfAssessment: Sendable, Hashable {
    /// The framework the workbook was rendered from.
    public var frameworkID: String
    /// The framework version the workbook was rendered from.
    public var frameworkVersion: String
    /// The ONS code of the locality that filled it in.
    public var localityCode: String
    /// One answer per assessed item, in framework order (unanswered items have a `nil` rating).
    public var answers: [Answer]
    /// The agencies that contributed to the assessment.
    public var contributors: [String]
    /// Who took part for each contributing agency, as the Contributors sheet names them, by agency.
    public var contributorPeople: [String: String]
    /// The Market Place offers and requests the locality listed.
    public var marketPlace: [MarketPlaceEntry]

    /// A self-assessment with the given content.
    public init(
        frameworkID: String, frameworkVersion: String, localityCode: String, answers: [Answer],
        contributors: [String] = [], contributorPeople: [String: String] = [:], marketPlace: [MarketPlaceEntry] = []
    ) {
        self.frameworkID = frameworkID
        self.frameworkVersion = frameworkVersion
        self.localityCode = localityCode
        self.answers = answers
        self.contributors = contributors
        self.contributorPeople = contributorPeople
        self.marketPlace = marketPlace
    }

    /// The answer to `itemID`, or `nil`.
    public func answer(itemID: String) -> Answer? {
        answers.first { $0.itemID == itemID }
    }
}

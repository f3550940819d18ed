/// A Market Place pairing: a locality asking for help and the locality that offered it.
public struct ReportMarketPairing: Sendable, Hashable, Codable {
    /// The ONS code of the locality that made the request.
    public var requesterCode: String
    /// The ONS code of the locality that made the offer.
    public var providerCode: String
    /// The theme's identifier.
    public var themeID: String
    /// What they will talk about: the offer's title.
    public var topic: String

    /// A pairing with the given details.
    public init(requesterCode: String, providerCode: String, themeID: String, topic: String) {
        self.requesterCode = requesterCode
        self.providerCode = providerCode
        self.themeID = themeID
        self.topic = topic
    }
}

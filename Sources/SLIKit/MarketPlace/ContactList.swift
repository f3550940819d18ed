/// One locality's follow-up contacts from a Market Place plan: whom it will contact about its requests
/// and who will contact it about its offers.
public struct ContactList: Sendable, Hashable, Codable {
    /// One contact between two localities about a theme (and item).
    public struct Contact: Sendable, Hashable, Codable {
        /// The theme.
        public var themeID: String
        /// The item, when the request or the offer names one.
        public var itemID: String?
        /// The other locality's code.
        public var localityCode: String
        /// The request's title.
        public var requestTitle: String
        /// The offer's title.
        public var offerTitle: String
        /// The leads the other locality named for the theme or item.
        public var theirLeads: [String]
        /// The leads this locality named for the theme or item.
        public var ownLeads: [String]
        /// Whether the two localities are in different sub-regions.
        public var crossesSubRegion: Bool

        /// A contact with the given content.
        public init(
            themeID: String, itemID: String?, localityCode: String, requestTitle: String, offerTitle: String,
            theirLeads: [String], ownLeads: [String], crossesSubRegion: Bool
        ) {
            self.themeID = themeID
            self.itemID = itemID
            self.localityCode = localityCode
            self.requestTitle = requestTitle
            self.offerTitle = offerTitle
            self.theirLeads = theirLeads
            self.ownLeads = ownLeads
            self.crossesSubRegion = crossesSubRegion
        }
    }

    /// The locality's code.
    public var localityCode: String
    /// The offering localities this locality will contact about its requests.
    public var willContact: [Contact]
    /// The requesting localities that will contact this locality about its offers.
    public var contactedBy: [Contact]

    /// A contact list with the given content.
    public init(localityCode: String, willContact: [Contact] = [], contactedBy: [Contact] = []) {
        self.localityCode = localityCode
        self.willContact = willContact
        self.contactedBy = contactedBy
    }

    /// One contact list per locality that appears in `plan`'s matches, by locality code.
    ///
    /// The item of a contact is the request's item, else the offer's; leads are looked up for it in
    /// `leads`.
    public static func lists(for plan: MatchPlan, leads: MarketLeads) -> [ContactList] {
        var lists: [String: ContactList] = [:]
        for match in plan.matches {
            let request = match.request
            let offer = match.offer
            let item = request.itemID ?? offer.itemID
            let requesterLeads = leads.leads(locality: request.localityCode, themeID: request.themeID, itemID: item)
            let offererLeads = leads.leads(locality: offer.localityCode, themeID: offer.themeID, itemID: item)
            lists[request.localityCode, default: ContactList(localityCode: request.localityCode)].willContact.append(
                Contact(
                    themeID: request.themeID, itemID: item, localityCode: offer.localityCode,
                    requestTitle: request.title, offerTitle: offer.title, theirLeads: offererLeads,
                    ownLeads: requesterLeads, crossesSubRegion: match.crossesSubRegion))
            lists[offer.localityCode, default: ContactList(localityCode: offer.localityCode)].contactedBy.append(
                Contact(
                    themeID: offer.themeID, itemID: item, localityCode: request.localityCode,
                    requestTitle: request.title, offerTitle: offer.title, theirLeads: requesterLeads,
                    ownLeads: offererLeads, crossesSubRegion: match.crossesSubRegion))
        }
        return lists.values.sorted { $0.localityCode < $1.localityCode }
    }
}

/// What a portal account is for, which decides what its holder may see and do.
public enum AccountRole: Sendable, Hashable, Codable {
    /// Runs the cycles: sees and does everything in them.
    case networkLead
    /// Returns one locality's workbook and sees that locality's results (the locality's ONS code).
    case localityLead(localityCode: String)
    /// Reports progress on the regional recommendations the named body leads.
    case leadBody(name: String)

    /// `network lead`, `locality lead of E08000001`, `lead body Public Health England`.
    public var label: String {
        switch self {
        case .networkLead: "network lead"
        case .localityLead(let code): "locality lead of \(code)"
        case .leadBody(let name): "lead body \(name)"
        }
    }

    /// The kind of role as a store keeps it: `network-lead`, `locality-lead` or `lead-body`.
    public var kind: String {
        switch self {
        case .networkLead: "network-lead"
        case .localityLead: "locality-lead"
        case .leadBody: "lead-body"
        }
    }

    /// The locality code or lead body's name the role is for (empty for the network lead).
    public var scope: String {
        switch self {
        case .networkLead: ""
        case .localityLead(let code): code
        case .leadBody(let name): name
        }
    }

    /// The role a store kept as ``kind`` and ``scope``, or `nil` for a kind this build does not know.
    public init?(kind: String, scope: String) {
        switch kind {
        case "network-lead": self = .networkLead
        case "locality-lead": self = .localityLead(localityCode: scope)
        case "lead-body": self = .leadBody(name: scope)
        default: return nil
        }
    }
}

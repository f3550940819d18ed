/// Why the store could not make or change an account.
public enum AccountError: Error, Sendable, Equatable, CustomStringConvertible {
    /// An account with the e-mail address already exists.
    case duplicateEmail(String)
    /// No invitation has the token, or it was used or has expired.
    case invitationNotOpen
    /// No account has the identifier.
    case unknownAccount(Int64)

    /// A lower-case message that says what was found and what was expected.
    public var description: String {
        switch self {
        case .duplicateEmail(let email):
            "an account for \(email) already exists"
        case .invitationNotOpen:
            "the invitation link is not valid: it was used already, has expired or was never made;"
                + " ask the network lead for a new one"
        case .unknownAccount(let id):
            "no account has id \(id)"
        }
    }
}

import Foundation

/// One line of the audit log: who did what, when; the log is only ever appended to.
public struct AuditEntry: Sendable, Hashable {
    /// When it happened.
    public var date: Date
    /// Who did it: an account's e-mail address, or `sli serve` for what the server does itself.
    public var actor: String
    /// What was done, in a word or two: `signed in`, `uploaded`, `published`, `invited`.
    public var action: String
    /// What it was done to, in words: a file and cycle, an invited address and its link.
    public var detail: String

    /// An entry with the given content.
    public init(date: Date, actor: String, action: String, detail: String) {
        self.date = date
        self.actor = actor
        self.action = action
        self.detail = detail
    }
}

/// A column of a local action plan, recognised from its header text.
public enum ActionPlanColumn: String, Sendable, Hashable, Codable, CaseIterable {
    /// The plan's own numbering (`no.`, `Ref`).
    case reference
    /// The issue, objective or priority the action addresses.
    case issue
    /// The detail or rationale behind it.
    case rationale
    /// What will be done.
    case action
    /// The change wanted.
    case outcome
    /// Who is accountable.
    case lead
    /// Partners working with the lead.
    case partners
    /// How the lead reports back.
    case reporting
    /// The date of the deep dive.
    case deepDive = "deep-dive"
    /// When the action should be completed.
    case completion
    /// Progress or RAG status.
    case status
    /// The recommendation(s) the action serves.
    case recommendations

    /// The phrases that identify each column, most specific columns first.
    ///
    /// A header matches a phrase when its words (lower case, split at anything but letters and digits)
    /// contain the phrase's words in a row. When a header has a colon (`Action: What are we going to do
    /// about this?`), the part before the colon is tried first.
    static let phrases: [(column: ActionPlanColumn, phrases: [String])] = [
        (.deepDive, ["deep dive", "deepdive", "review date"]),
        (.recommendations, ["recommendation", "recommendations", "rec", "recs", "rec no", "sli ref"]),
        (.reporting, ["report", "reporting", "reports", "report back", "governance", "monitoring", "assurance"]),
        (
            .completion,
            [
                "completion", "completed", "complete", "by when", "timescale", "timescales", "timeframe", "deadline",
                "due", "target date", "end date", "when",
            ]
        ),
        (.status, ["status", "rag", "brag", "progress", "update"]),
        (.lead, ["lead", "leads", "accountability", "accountable", "responsible", "owner", "who"]),
        (.partners, ["partners", "partner", "partner agencies", "supported by"]),
        (.outcome, ["outcome", "outcomes", "change", "impact", "success", "measure", "measures"]),
        (.rationale, ["rationale", "detail", "details", "why", "evidence", "context", "background"]),
        (.action, ["action", "actions", "action plan", "what", "activity", "activities", "intervention", "task"]),
        (.issue, ["issue", "issues", "objective", "objectives", "priority", "area", "topic", "risk factor", "aim"]),
        (.reference, ["no", "ref", "reference", "number", "id", "item"]),
    ]

    /// `phrases` split into words once, for `match(header:)`, which runs on every cell of a plan's rows.
    private static let phraseWords: [(column: ActionPlanColumn, phrases: [[String]])] = phrases.map {
        ($0.column, $0.phrases.map(words))
    }

    /// Every word of every phrase: a header holding none of them names no column, found without trying
    /// each phrase.
    private static let phraseVocabulary = Set(phraseWords.flatMap { $0.phrases.joined() })

    /// The column a header names, or `nil` when it names none of them.
    public static func match(header: String) -> ActionPlanColumn? {
        let head = header.split(separator: ":", maxSplits: 1).first.map(String.init) ?? header
        for candidate in head == header ? [header] : [head, header] {
            let words = Self.words(candidate)
            guard words.contains(where: phraseVocabulary.contains) else { continue }
            for (column, phrases) in phraseWords where phrases.contains(where: { contains(words, $0) }) {
                return column
            }
        }
        return nil
    }

    /// The header's words in lower case, split at anything but letters and digits.
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    private static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard !phrase.isEmpty, words.count >= phrase.count else { return false }
        return (0...(words.count - phrase.count)).contains { words[$0..<($0 + phrase.count)].elementsEqual(phrase) }
    }
}

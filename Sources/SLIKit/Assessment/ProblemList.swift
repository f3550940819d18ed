/// The problems found in one file, in the order they were found.
struct ProblemList {
    let file: String
    var problems: [Problem] = []

    mutating func error(_ sheet: String?, _ cell: String?, _ message: String) {
        problems.append(Problem(file: file, sheet: sheet, cell: cell, severity: .error, message: message))
    }

    mutating func warning(_ sheet: String?, _ cell: String?, _ message: String) {
        problems.append(Problem(file: file, sheet: sheet, cell: cell, severity: .warning, message: message))
    }
}

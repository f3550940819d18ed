/// The rules spreadsheet programs apply to sheet names, which theme names must follow.
enum SheetName {
    /// The longest sheet name Excel accepts.
    static let maximumLength = 31
    /// Characters Excel does not allow in a sheet name.
    static let forbiddenCharacters: [Character] = [":", "\\", "/", "?", "*", "[", "]"]

    /// Why `name` cannot be a sheet name, or `nil` when it can.
    static func problem(with name: String) -> String? {
        if name.count > maximumLength {
            return "is \(name.count) characters long; sheet names have at most \(maximumLength)"
        }
        if let character = name.first(where: forbiddenCharacters.contains) {
            return "contains \"\(character)\", which sheet names cannot contain (: \\ / ? * [ ])"
        }
        if name.hasPrefix("'") || name.hasSuffix("'") {
            return "starts or ends with an apostrophe, which sheet names cannot"
        }
        return nil
    }
}

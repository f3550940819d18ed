extension String {
    /// The text with its first character in upper case (`live births` becomes `Live births`).
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}

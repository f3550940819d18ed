/// An element's name as the XML readers see it: a known local name and namespace, or `nil` for others.
struct XMLName {
    /// The local name, if it is one the readers know.
    var token: XMLToken?
    /// The namespace, if it is one the readers know.
    var namespace: XMLNamespace?
    /// The local name's bytes (NUL-terminated), valid only during the event.
    var local: UnsafePointer<UInt8>?

    /// The local name as text, for messages.
    var text: String { local.map { String(cString: $0) } ?? "" }
}

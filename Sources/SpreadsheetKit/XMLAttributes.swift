import CLibXML2

/// The attributes of one start tag, looked up by known local name without building strings.
///
/// Valid only during the `startElement` call that received it.
struct XMLAttributes {
    let base: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    let count: Int
    /// The parser delivering the tag, which outlives the view; held unmanaged so that looking names up
    /// costs no retain.
    let unmanagedParser: Unmanaged<XMLEventParser>

    /// A view of `count` attributes from libxml2's array at `base`, whose names `parser` resolves.
    init(base: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, count: Int, parser: XMLEventParser) {
        self.base = base
        self.count = count
        unmanagedParser = Unmanaged.passUnretained(parser)
    }

    @inline(__always) private func knownToken(at pointer: UnsafePointer<xmlChar>?) -> XMLToken? {
        unmanagedParser._withUnsafeGuaranteedRef { $0.token(for: pointer) }
    }

    @inline(__always) private func knownNamespace(at pointer: UnsafePointer<xmlChar>?) -> XMLNamespace? {
        unmanagedParser._withUnsafeGuaranteedRef { $0.namespace(for: pointer) }
    }

    /// The raw UTF-8 bytes of the first attribute named `token` (in `namespace`, when given).
    ///
    /// libxml2 hands `&` in attribute values on as `&#38;`; `string(_:in:)` undoes that.
    func bytes(_ token: XMLToken, in namespace: XMLNamespace? = nil) -> UnsafeBufferPointer<UInt8>? {
        guard let base else { return nil }
        for index in 0..<count {
            let entry = base + index * 5
            guard knownToken(at: entry[0]) == token else { continue }
            if let namespace, knownNamespace(at: entry[2]) != namespace { continue }
            guard let start = entry[3], let end = entry[4] else { return nil }
            return UnsafeBufferPointer(start: start, count: end - start)
        }
        return nil
    }

    /// Calls `body` with every attribute whose local name is known, in document order: one pass over the
    /// tag, for elements that read several attributes.
    @inline(__always) func forEach(_ body: (XMLToken, XMLNamespace?, UnsafeBufferPointer<UInt8>) -> Void) {
        guard let base else { return }
        for index in 0..<count {
            let entry = base + index * 5
            guard let token = knownToken(at: entry[0]), let start = entry[3], let end = entry[4] else { continue }
            body(token, knownNamespace(at: entry[2]), UnsafeBufferPointer(start: start, count: end - start))
        }
    }

    /// Whether the attribute is present.
    func contains(_ token: XMLToken, in namespace: XMLNamespace? = nil) -> Bool {
        bytes(token, in: namespace) != nil
    }

    /// The attribute's value as a string.
    func string(_ token: XMLToken, in namespace: XMLNamespace? = nil) -> String? {
        bytes(token, in: namespace).map(Self.decode)
    }

    /// The attribute's value as a non-negative decimal integer, or `nil` when absent or not one.
    func integer(_ token: XMLToken, in namespace: XMLNamespace? = nil) -> Int? {
        guard let bytes = bytes(token, in: namespace) else { return nil }
        return ByteText.integer(bytes)
    }

    /// The attribute value as text, turning libxml2's `&#38;` back into `&`.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
        return String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "&#38;", with: "&")
    }
}

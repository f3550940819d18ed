/// Receives the events of one XML document from an `XMLEventParser`.
///
/// Buffers passed to the handler are valid only during the call. Throwing stops the parse with that error.
protocol XMLEventHandler: AnyObject {
    /// An element starts.
    func startElement(_ name: XMLName, attributes: XMLAttributes) throws
    /// An element ends.
    func endElement(_ name: XMLName) throws
    /// Character data (text or CDATA), possibly one piece of a longer run.
    func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws
}

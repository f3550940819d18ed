import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Parses a page as XML and collects its tables (by id) and the texts of its SVG charts.
final class PageParser: NSObject, XMLParserDelegate {
    /// The tables by id, each as rows of cell texts, header row first.
    private(set) var tables: [String: [[String]]] = [:]
    /// The text of every `<text>` element inside an `<svg>`, by the SVG's title id.
    private(set) var chartTexts: [String: [String]] = [:]
    /// Every `href` value on the page.
    private(set) var hrefs: [String] = []
    /// The parse error, if the page is not well-formed.
    private(set) var error: Error?

    private var tableID: String?
    private var row: [String]?
    private var cell: String?
    private var svgID: String?
    private var svgText: String?

    /// Parses `text`; returns false when it is not well-formed XML.
    @discardableResult
    func parse(_ text: String) -> Bool {
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = self
        let ok = parser.parse()
        if !ok { error = parser.parserError }
        return ok
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if let href = attributes["href"] { hrefs.append(href) }
        switch elementName {
        case "table": tableID = attributes["id"]
        case "tr": row = []
        case "td", "th": cell = ""
        case "svg":
            svgID = attributes["aria-labelledby"]?.split(separator: " ").first.map(String.init)
        case "text" where svgID != nil: svgText = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if cell != nil { cell? += string }
        if svgText != nil { svgText? += string }
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
    ) {
        switch elementName {
        case "table": tableID = nil
        case "td", "th":
            if let cell { row?.append(cell) }
            cell = nil
        case "tr":
            if let tableID, let row { tables[tableID, default: []].append(row) }
            row = nil
        case "text":
            if let svgID, let svgText { chartTexts[svgID, default: []].append(svgText) }
            svgText = nil
        case "svg": svgID = nil
        default: break
        }
    }
}

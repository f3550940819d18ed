/// The namespaces the XML readers tell apart.
enum XMLNamespace: String, CaseIterable {
    case spreadsheetML = "urn:schemas-microsoft-com:office:spreadsheet"
    case html = "http://www.w3.org/TR/REC-html40"
    case office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    case table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    case text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    case calcext = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"
    case officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    case strictRelationships = "http://purl.oclc.org/ooxml/officeDocument/relationships"
}

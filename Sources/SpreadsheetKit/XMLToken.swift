/// The element and attribute local names the XML readers look for, interned once per parse so that each
/// name in the input is recognised by a pointer comparison instead of building a string.
enum XMLToken: String, CaseIterable {
    // SpreadsheetML 2003
    case ssWorkbook = "Workbook"
    case ssWorksheet = "Worksheet"
    case ssTable = "Table"
    case ssRow = "Row"
    case ssCell = "Cell"
    case ssData = "Data"
    case ssComment = "Comment"
    case ssName = "Name"
    case ssIndex = "Index"
    case ssType = "Type"
    case ssMergeAcross = "MergeAcross"
    case ssMergeDown = "MergeDown"
    case ssBr = "Br"
    case ssBrLower = "br"
    // Office Open XML
    case workbook
    case sheets
    case sheet
    case sheetData
    case row
    case c
    case v
    case f
    case `is`
    case si
    case t
    case r
    case s
    case rPh
    case mergeCell
    case workbookPr
    case date1904
    case numFmts
    case numFmt
    case numFmtId
    case formatCode
    case cellXfs
    case xf
    case id
    case name
    case relationship = "Relationship"
    case target = "Target"
    case targetMode = "TargetMode"
    case relationshipID = "Id"
    case ref
    // OpenDocument
    case document = "document"
    case body
    case spreadsheet
    case table
    case tableRow = "table-row"
    case tableCell = "table-cell"
    case coveredTableCell = "covered-table-cell"
    case tableHeaderRows = "table-header-rows"
    case tableRowGroup = "table-row-group"
    case tableRows = "table-rows"
    case numberColumnsRepeated = "number-columns-repeated"
    case numberRowsRepeated = "number-rows-repeated"
    case numberColumnsSpanned = "number-columns-spanned"
    case numberRowsSpanned = "number-rows-spanned"
    case valueType = "value-type"
    case value
    case dateValue = "date-value"
    case timeValue = "time-value"
    case booleanValue = "boolean-value"
    case stringValue = "string-value"
    case p
    case h
    case tab
    case lineBreak = "line-break"
    case annotation
    case noteBody = "note-body"
    case shapes
    case nullDate = "null-date"
}

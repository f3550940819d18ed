/// A workbook to be written: sheets with values and styles, names, drop-down lists and protection.
///
/// A draft is the writers' input, the counterpart of the readers' `Workbook`. It says what each cell
/// holds and how it looks, never how a file format spells it; `SpreadsheetWriter` turns it into
/// SpreadsheetML 2003, XLSX or flat ODS.
public struct WorkbookDraft: Sendable, Hashable {
    /// The sheets, in tab order. The first visible sheet is the one that opens.
    public var sheets: [SheetDraft]
    /// Workbook-wide names for cells and ranges, usable as drop-down list sources.
    public var definedNames: [DefinedName]

    /// A draft of the given sheets and names.
    public init(sheets: [SheetDraft] = [], definedNames: [DefinedName] = []) {
        self.sheets = sheets
        self.definedNames = definedNames
    }

    /// The sheet named `name`, for reading or changing in place.
    public subscript(sheet name: String) -> SheetDraft? {
        get { sheets.first { $0.name == name } }
        set {
            guard let index = sheets.firstIndex(where: { $0.name == name }) else { return }
            if let newValue { sheets[index] = newValue } else { sheets.remove(at: index) }
        }
    }

    /// The draft's content as the readers would see it: values only, blank cells left out.
    public var workbook: Workbook {
        Workbook(
            sheets: sheets.map { draft in
                var sheet = Sheet(name: draft.name)
                for (reference, cell) in draft.cells {
                    guard let value = cell.value else { continue }
                    if case .string(let text) = value, text.isEmpty { continue }
                    sheet.cells[reference] = value
                }
                return sheet
            })
    }
}

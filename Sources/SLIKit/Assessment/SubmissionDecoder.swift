import SpreadsheetKit

/// Decodes a returned self-assessment workbook, in any format the readers take, into a `SelfAssessment`.
///
/// Every problem is reported at once, each with the file, sheet and cell and what was expected, in
/// words a locality lead who has never seen sli can act on. Errors stop the workbook from being
/// accepted; warnings (evidence missing for a rating of 3 or 4, no contributors marked, a formula with no
/// saved result, whose cell reads as empty) do not. The decoder forgives what spreadsheet programs and
/// people do to a file: another format, rows sorted, blank rows, trailing spaces, ratings typed as `3`,
/// `3.0` or `"3"` or picked as `3 - in place`, dates typed as text.
public struct SubmissionDecoder: Sendable {
    /// The framework the cycle uses.
    public var framework: Framework
    /// The region whose localities submit.
    public var region: Region

    /// A decoder for workbooks of `framework` from localities of `region`.
    public init(framework: Framework, region: Region) {
        self.framework = framework
        self.region = region
    }

    /// Decodes `workbook`, read from the file named `fileName` (used in every problem it reports).
    public func decode(_ workbook: Workbook, fileName: String) -> Decoding {
        var report = ProblemList(file: fileName)
        guard let locality = identify(workbook, report: &report) else {
            return Decoding(assessment: nil, problems: report.problems)
        }
        for sheet in workbook.sheets {
            for reference in sheet.formulasWithoutResult {
                report.warning(
                    sheet.name, reference.description,
                    "the formula has no saved result; open and save the file in Excel or LibreOffice")
            }
        }
        let answers = decodeThemes(workbook, report: &report)
        let contributors = decodeContributors(workbook, report: &report)
        let entries = decodeMarketPlace(workbook, localityCode: locality.code, report: &report)
        let hasErrors = report.problems.contains { $0.severity == .error }
        let assessment = SelfAssessment(
            frameworkID: framework.id, frameworkVersion: framework.version, localityCode: locality.code,
            answers: answers, contributors: contributors.agencies, contributorPeople: contributors.people,
            marketPlace: entries)
        return Decoding(assessment: hasErrors ? nil : assessment, problems: report.problems)
    }

    /// The sheet named `name`, compared without regard to case or surrounding spaces.
    static func sheet(_ name: String, in workbook: Workbook) -> Sheet? {
        workbook.sheet(named: name) ?? workbook.sheets.first { sheetKey($0.name) == sheetKey(name) }
    }

    static func sheetKey(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// The locality the workbook is for, after checking it was made from this framework and region.
    private func identify(_ workbook: Workbook, report: inout ProblemList) -> Locality? {
        guard let metadata = Self.sheet(WorkbookLayout.metadataSheet, in: workbook) else {
            return identifyFromInstructions(workbook, report: &report)
        }
        let values = WorkbookLayout.metadataCells(in: metadata)
        func at(_ key: WorkbookLayout.MetadataKey) -> String? {
            values[key]?.reference.description ?? nil
        }
        let sheetName = metadata.name
        guard let frameworkID = values[.framework]?.text else {
            report.error(
                sheetName, at(.framework),
                "the hidden sheet does not say which framework the workbook is for; "
                    + "start again from the workbook you were sent")
            return nil
        }
        guard frameworkID == framework.id else {
            report.error(
                sheetName, at(.framework),
                "this workbook is for framework \"\(frameworkID)\", but this cycle uses \"\(framework.id)\"; "
                    + "fill in the workbook sent for this cycle")
            return nil
        }
        let version = values[.version]?.text ?? ""
        guard version == framework.version else {
            report.error(
                sheetName, at(.version),
                "this workbook was made from version \"\(version)\" of framework \"\(framework.id)\", but the "
                    + "cycle uses version \"\(framework.version)\"; copy your answers into a workbook of the "
                    + "current version")
            return nil
        }
        if let regionID = values[.region]?.text, regionID != region.id {
            report.error(
                sheetName, at(.region),
                "this workbook is for region \"\(regionID)\", but this cycle is for \"\(region.id)\"")
            return nil
        }
        guard let code = values[.locality]?.text else {
            report.error(
                sheetName, at(.locality),
                "the hidden sheet does not say which locality the workbook is for; "
                    + "start again from the workbook you were sent")
            return nil
        }
        return locality(named: code, sheet: sheetName, cell: at(.locality), report: &report)
    }

    /// The locality named on the Instructions sheet, for a workbook whose hidden sheet was lost.
    private func identifyFromInstructions(_ workbook: Workbook, report: inout ProblemList) -> Locality? {
        let lost =
            "cannot tell which locality this workbook is for: the hidden sheet \"\(WorkbookLayout.metadataSheet)\" "
            + "is missing and sheet \"\(WorkbookLayout.instructionsSheet)\" names no locality; start again from "
            + "the workbook you were sent"
        guard let instructions = Self.sheet(WorkbookLayout.instructionsSheet, in: workbook),
            let label = instructions.cells.first(where: {
                $0.key.column == 0 && AnswerText.key($0.value.text) == "locality"
            })?.key
        else {
            report.error(nil, nil, lost)
            return nil
        }
        let reference = CellReference(row: label.row, column: 1)
        guard let name = AnswerText.text(instructions[reference]) else {
            report.error(nil, nil, lost)
            return nil
        }
        report.warning(
            nil, nil,
            "the hidden sheet \"\(WorkbookLayout.metadataSheet)\" is missing, so the workbook's framework and version "
                + "were not checked; it was read as framework \"\(framework.id)\" version \(framework.version) and "
                + "locality \"\(name)\" from sheet \"\(instructions.name)\" cell \(reference)")
        return locality(named: name, sheet: instructions.name, cell: reference.description, report: &report)
    }

    private func locality(named name: String, sheet: String, cell: String?, report: inout ProblemList) -> Locality? {
        if let locality = try? region.resolveLocality(name) { return locality }
        var message = "locality \"\(name)\" is not one of the localities of \(region.name)"
        let closest = region.closestLocalityNames(to: LocalityName.key(name))
        if !closest.isEmpty { message += "; did you mean \(CatalogError.alternatives(closest))?" }
        report.error(sheet, cell, message)
        return nil
    }
}

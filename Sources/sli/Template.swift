import ArgumentParser
import Foundation
import SLIKit
import SpreadsheetKit

extension SLI {
    /// `sli template`: the self-assessment workbooks a network lead sends to the localities.
    struct Template: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the self-assessment workbook each locality fills in.",
            discussion: """
                Writes one workbook per locality into the output folder, named after the locality \
                (Bolton.xlsx). Each has an Instructions sheet, one sheet per theme with a row per item \
                (rating from a drop-down list, evidence, named lead, target date, good practice to offer, \
                support wanted), a Contributors sheet and a Market Place sheet; only the answer cells are \
                editable. A hidden sheet records the framework, its version, the region and the locality, \
                so `sli validate` knows what a returned file is.
                """
        )

        /// The formats a workbook can be written in.
        enum WorkbookFormat: String, ExpressibleByArgument, CaseIterable {
            case xml, xlsx, fods

            var spreadsheetFormat: SpreadsheetFormat {
                switch self {
                case .xml: .spreadsheetML
                case .xlsx: .xlsx
                case .fods: .fods
                }
            }
        }

        @Option(help: "The framework's identifier (see `sli catalog list`).", completion: .frameworkIDs)
        var framework: String

        @Option(help: "The region's identifier (see `sli catalog list`).", completion: .regionIDs)
        var region: String

        @Option(help: "A locality's name, alias or ONS code (repeat for several).", completion: .localityNames)
        var locality: [String] = []

        @Flag(help: "Write a workbook for every locality of the region.")
        var all = false

        @Option(help: "The file format: xml (SpreadsheetML 2003), xlsx or fods (flat OpenDocument).")
        var format: WorkbookFormat

        @Option(help: "The folder to write the workbooks into (created if missing).")
        var out: String

        @Option(
            help: "The date the workbooks are due back, YYYY-MM-DD or DD/MM/YYYY (shown on the Instructions sheet).")
        var deadline: String?

        @Option(help: "Who localities should contact with questions (shown on the Instructions sheet).")
        var contact: String?

        @Option(help: "The cycle the workbooks are for (printed at the top of every page with the locality).")
        var cycle: String?

        func validate() throws {
            if all == !locality.isEmpty { throw ValidationError("give --locality NAME (one or more) or --all") }
            if let deadline { _ = try DateOption.parse(deadline, option: "--deadline") }
        }

        func run() throws {
            do {
                let catalog = Catalog.default
                let region = try catalog.region(id: self.region)
                let template = WorkbookTemplate(
                    framework: try catalog.framework(id: framework), region: region,
                    deadline: try deadline.map { try DateOption.parse($0, option: "--deadline") }, contact: contact,
                    cycle: cycle)
                let localities = all ? region.localities : try locality.map(region.resolveLocality)
                let folder = URL(fileURLWithPath: out)
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                for locality in localities {
                    let name = WorkbookTemplate.fileName(for: locality, format: format.spreadsheetFormat)
                    let url = folder.appendingPathComponent(name)
                    try SpreadsheetWriter.write(
                        template.render(for: locality), format: format.spreadsheetFormat, to: url)
                    print("wrote \(url.path)")
                }
                print("\(localities.count) workbook\(localities.count == 1 ? "" : "s") for \(region.name)")
            } catch let error as CatalogError {
                FileHandle.standardError.write(Data("sli: \(error)\n".utf8))
                throw ExitCode.failure
            } catch let error as SpreadsheetError {
                FileHandle.standardError.write(Data("sli: \(error)\n".utf8))
                throw ExitCode.failure
            }
        }
    }
}

import Foundation
import Hummingbird
import ReportKit
import ZIPFoundation

/// The report pack as one zip file, built in memory: what a person downloads to keep or pass on.
enum ReportArchive {
    /// A zip of `files` under the folder `folder`, each dated `date`.
    ///
    /// - Throws: `HTTPError` 500 when the archive cannot be built.
    static func zip(_ files: [ReportFile], folder: String, date: Date) throws -> Data {
        let archive: Archive
        do {
            archive = try Archive(data: Data(), accessMode: .create)
            for file in files {
                let data = Data(file.contents.utf8)
                try archive.addEntry(
                    with: "\(folder)/\(file.path)", type: .file, uncompressedSize: Int64(data.count),
                    modificationDate: date, permissions: 0o644, compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
        } catch {
            throw HTTPError(.internalServerError, message: "the report pack could not be zipped: \(error)")
        }
        guard let data = archive.data else {
            throw HTTPError(.internalServerError, message: "the report pack could not be zipped: it kept no data")
        }
        return data
    }
}

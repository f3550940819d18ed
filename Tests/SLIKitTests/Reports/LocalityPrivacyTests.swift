import Foundation
import Testing

@testable import ReportKit
@testable import SLIKit

@Suite("Locality summaries name no other locality")
struct LocalityPrivacyTests {
    static let data = ReportSample.full()

    /// The other localities' names and codes that occur in `text` as whole words.
    static func namedLocalities(in text: String, except allowed: Set<String>) -> [String] {
        data.localities.filter { !allowed.contains($0.code) }.flatMap { [$0.name, $0.code] }.filter { word in
            let escaped = NSRegularExpression.escapedPattern(for: Markup.escape(word))
            return text.range(of: "(?<![A-Za-z0-9])\(escaped)(?![A-Za-z0-9])", options: .regularExpression) != nil
        }
    }

    static func contacts(of code: String) -> Set<String> {
        let pairings = data.market?.pairings ?? []
        return Set(pairings.filter { $0.requesterCode == code }.map(\.providerCode))
            .union(pairings.filter { $0.providerCode == code }.map(\.requesterCode))
    }

    @Test(arguments: [ReportFormat.html, .markdown])
    func summariesNameOnlyTheirOwnMarketPlaceContacts(format: ReportFormat) throws {
        let files = ReportWriter(format: format).files(for: Self.data)
        let summarized = ReportWriter.summarizedLocalities(Self.data)
        #expect(summarized.count == 22)
        for locality in summarized {
            let contacts = Self.contacts(of: locality.code)
            let own = files.filter {
                $0.path == "localities/\(locality.code).\(format.fileExtension)"
                    || $0.path.hasPrefix("tables/localities/\(locality.code)/")
            }
            #expect(own.count > 1)
            for file in own {
                let named = Self.namedLocalities(in: file.contents, except: contacts.union([locality.code]))
                #expect(named.isEmpty, "\(file.path) names \(named)")
            }
            let page = try #require(own.first { $0.path.hasPrefix("localities/") })
            for contact in contacts {
                #expect(page.contents.contains(Self.data.localityName(contact)), "\(page.path) lacks its contact")
            }
        }
    }

    @Test func theCheckFindsNamesWhereTheyAre() throws {
        let overview = try #require(ReportWriter().files(for: Self.data).first { $0.path == "overview.html" })
        let named = Self.namedLocalities(in: overview.contents, except: [])
        #expect(named.contains("Bolton"))
        #expect(named.contains("Cheshire West and Chester"))
        #expect(Self.namedLocalities(in: "St Helens and Halton", except: ["E06000006"]) == ["St Helens"])
    }

    @Test func aSummaryWithoutMarketPlaceNamesOnlyItself() throws {
        var data = Self.data
        data.market = nil
        let page = try #require(
            ReportWriter().files(for: data).first { $0.path == "localities/E08000012.html" })
        #expect(Self.namedLocalities(in: page.contents, except: ["E08000012"]).isEmpty)
        #expect(page.contents.contains("Liverpool: summary"))
        #expect(!page.contents.contains("Bolton.xml"), "other localities' files are not cited")
    }
}

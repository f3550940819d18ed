import Foundation

@testable import SLIKit
@testable import SpreadsheetKit

/// A small framework, region and complete self-assessment for the workbook tests.
enum SampleCycle {
    static let framework = Framework(
        id: "test-infant-mortality", version: "2", title: "Infant mortality self-assessment (test)",
        themes: [
            Theme(
                id: "co-sleeping", name: "Co-sleeping", summary: "Safer sleep advice for every family.",
                items: [
                    Item(
                        id: "L1", text: "Safer sleep advice is given at every contact.", proposedLead: "Health visiting"
                    ),
                    Item(
                        id: "L2", text: "Risk assessments include co-sleeping & alcohol <use>.",
                        proposedLead: "Maternity"),
                    Item(id: "R1", text: "A regional safer sleep campaign.", proposedLead: "PHE", role: .tracked),
                ]),
            Theme(
                id: "smoking", name: "Smoking in pregnancy",
                items: [
                    Item(id: "L3", text: "Carbon monoxide screening at booking.", proposedLead: "Maternity"),
                    Item(id: "L4", text: "Opt-out referral to stop smoking services."),
                ]),
            Theme(
                id: "regional", name: "Regional only",
                items: [Item(id: "R2", text: "Tracked by the region.", role: .tracked)]),
        ])

    static let bolton = Locality(code: "E08000001", name: "Bolton", subRegion: "greater-manchester")
    static let region = Region(
        id: "north-west", name: "North West",
        subRegions: [Region.SubRegion(id: "greater-manchester", name: "Greater Manchester")],
        localities: [
            bolton,
            Locality(code: "E08000002", name: "Bury", subRegion: "greater-manchester"),
            Locality(
                code: "E08000013", name: "St Helens", subRegion: "greater-manchester", aliases: ["St. Helens"]),
        ])

    static let deadline = ISODateText.date(year: 2016, month: 9, day: 30)

    /// Bolton's answers, with the cells they come back from.
    static let assessment = SelfAssessment(
        frameworkID: framework.id, frameworkVersion: framework.version, localityCode: bolton.code,
        answers: [
            Answer(
                itemID: "L1", themeID: "co-sleeping", rating: .level(3),
                evidence: "Audit of 200 contacts, March 2016:\n92% had advice recorded.", lead: "Jo Smith",
                targetDate: nil, goodPractice: "Our audit tool", supportWanted: nil, source: "Co-sleeping!D6"),
            Answer(
                itemID: "L2", themeID: "co-sleeping", rating: .level(1), evidence: nil, lead: "A. Patel & B. Jones",
                targetDate: ISODateText.date(year: 2017, month: 3, day: 31), goodPractice: nil,
                supportWanted: "Examples of risk assessment forms", source: "Co-sleeping!D7"),
            Answer(
                itemID: "L3", themeID: "smoking", rating: .notApplicable, evidence: "Commissioned regionally.",
                source: "Smoking in pregnancy!D6"),
            Answer(
                itemID: "L4", themeID: "smoking", rating: .level(0), lead: "Stop smoking service",
                targetDate: ISODateText.date(year: 2017, month: 12, day: 1), source: "Smoking in pregnancy!D7"),
        ],
        contributors: ["Public health", "Maternity services", "Police"],
        marketPlace: [
            MarketPlaceEntry(
                kind: .offer, localityCode: bolton.code, themeID: "co-sleeping", itemID: "L1",
                title: "Safer sleep audit tool", description: "Spreadsheet and guidance", capacity: 5,
                source: "Market Place!A6"),
            MarketPlaceEntry(
                kind: .request, localityCode: bolton.code, themeID: "smoking", title: "CO monitors",
                source: "Market Place!A7"),
        ])

    static var template: WorkbookTemplate {
        WorkbookTemplate(
            framework: framework, region: region, deadline: deadline, contact: "Network lead, nw@example.org")
    }

    /// Bolton's workbook, rendered and filled in.
    static func filledDraft() throws -> WorkbookDraft {
        try WorkbookFiller(framework: framework).fill(template.render(for: bolton), with: assessment)
    }

    static var decoder: SubmissionDecoder { SubmissionDecoder(framework: framework, region: region) }
}

import ArgumentParser
import SLIKit

extension SLI.MarketCommand {
    /// `sli market contacts --cycle CYCLE`: per locality, whom it contacts and who contacts it.
    struct Contacts: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List, per locality, whom it will contact and who will contact it; then pairings by theme."
        )

        @Option(help: "The cycle's name or id.", completion: .cycleNames)
        var cycle: String
        @Flag(help: "List the suggested pairings instead of the plan of offers made.")
        var suggestions = false
        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            let context = try await MarketContext(storeOptions: storeOptions, cycle: cycle)
            let (plan, leads) = try await context.plan(suggested: suggestions)
            print(Self.text(plan: plan, leads: leads, context: context, suggested: suggestions), terminator: "")
        }

        /// The contact lists and the pairings by theme, as they read in a terminal.
        static func text(plan: MatchPlan, leads: MarketLeads, context: MarketContext, suggested: Bool) -> String {
            func about(_ contact: ContactList.Contact) -> String {
                context.themeName(contact.themeID) + (contact.itemID.map { " (\($0))" } ?? "")
            }
            func leadText(_ names: [String]) -> String { names.isEmpty ? "none named" : names.joined(separator: "; ") }
            var text = suggested ? "suggested pairings, proposed from the self-assessments\n" : ""
            if plan.matches.isEmpty {
                return text
                    + "no pairings in cycle \(context.cycle.name) yet (`sli market summary` shows its offers and requests)\n"
            }
            for list in ContactList.lists(for: plan, leads: leads) {
                text += "\n\(context.name(list.localityCode))\n"
                for contact in list.willContact {
                    text +=
                        "  will contact \(context.name(contact.localityCode)) about \(about(contact)):"
                        + " \"\(contact.offerTitle)\"; their leads: \(leadText(contact.theirLeads))\n"
                }
                for contact in list.contactedBy {
                    text +=
                        "  will be contacted by \(context.name(contact.localityCode)) about \(about(contact)):"
                        + " \"\(contact.requestTitle)\"; their leads: \(leadText(contact.theirLeads))\n"
                }
            }
            for (themeID, matches) in plan.matchesByTheme {
                text += "\ntheme \(context.themeName(themeID)): \(matches.count) pairings\n"
                for match in matches {
                    let item = (match.request.itemID ?? match.offer.itemID).map { " (\($0))" } ?? ""
                    text +=
                        "  \(context.name(match.request.localityCode)) -> \(context.name(match.offer.localityCode))"
                        + "\(item): \"\(match.offer.title)\"\n"
                }
            }
            return text
        }
    }
}

import ArgumentParser
import SLIKit

extension SLI.CycleCommand {
    /// `sli cycle create`: starts a cycle for a region and framework.
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a cycle: a region assessed against a framework, with an optional deadline."
        )

        @Option(help: "A unique name for the cycle, e.g. nw-2016.")
        var name: String
        @Option(help: "The region id, e.g. north-west (see `sli catalog list`).", completion: .regionIDs)
        var region: String
        @Option(
            help: "The framework id, e.g. nw-infant-mortality-2016 (see `sli catalog list`).", completion: .frameworkIDs
        )
        var framework: String
        @Option(help: "The last day returns are on time, YYYY-MM-DD or DD/MM/YYYY.")
        var deadline: String?
        @Option(help: "The earlier cycle this one follows up (name or id).", completion: .cycleNames)
        var baseline: String?
        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            let deadlineDate = try deadline.map { try DateOption.parse($0, option: "--deadline") }
            let catalog = Catalog.default
            let region = try catalog.region(id: region)
            let framework = try catalog.framework(id: framework)
            let store = try await storeOptions.open(creating: true)
            let cycle = try await store.createCycle(
                name: name, regionID: region.id, frameworkID: framework.id, deadline: deadlineDate,
                baselineCycle: baseline)
            print(
                "created cycle \(cycle.name) (id \(cycle.id)): \(region.localities.count) localities of"
                    + " \(region.name), framework \(framework.id) version \(framework.version),"
                    + " deadline \(cycle.deadlineText), store \(try storeOptions.whereText())")
        }
    }
}

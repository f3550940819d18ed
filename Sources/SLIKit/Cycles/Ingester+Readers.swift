import Foundation

extension Ingester {
    /// An ingester that reads and checks each file with ``ReturnValidator``, the way every front door
    /// validates a returned file.
    ///
    /// - Parameter now: The clock that stamps received files; give a fixed day for files that arrived
    ///   earlier (by e-mail before the store existed, say), so they are not counted late.
    public init(
        repository: any SubmissionRepository, cycle: Cycle, framework: Framework, region: Region,
        submittedBy: String, now: @escaping @Sendable () -> Date = { Date() }
    ) {
        let decoder = SubmissionDecoder(framework: framework, region: region)
        self.init(
            repository: repository, cycle: cycle, framework: framework, region: region, submittedBy: submittedBy,
            decode: { data, fileName in ReturnValidator.validate(data, fileName: fileName, decoder: decoder) }, now: now
        )
    }
}

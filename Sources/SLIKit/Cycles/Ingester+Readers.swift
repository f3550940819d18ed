import Foundation

extension Ingester {
    /// An ingester that reads and checks each file with ``ReturnValidator``, the way every front door
    /// validates a returned file.
    public init(
        repository: any SubmissionRepository, cycle: Cycle, framework: Framework, region: Region,
        submittedBy: String
    ) {
        let decoder = SubmissionDecoder(framework: framework, region: region)
        self.init(
            repository: repository, cycle: cycle, framework: framework, region: region, submittedBy: submittedBy,
            decode: { data, fileName in ReturnValidator.validate(data, fileName: fileName, decoder: decoder) })
    }
}

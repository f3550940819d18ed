import Testing

/// A trait that drops the PostgreSQL schemas each test of the suite made (``TestSchemas``) when the
/// test ends, whether it passed or not.
public struct DropsTestSchemas: SuiteTrait, TestTrait, TestScoping {
    public var isRecursive: Bool { true }

    /// Runs one test case with a list of its own schemas, then drops them.
    public func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        guard testCase != nil else { return try await function() }
        let schemas = TestSchemas()
        do {
            try await TestSchemas.$current.withValue(schemas) { try await function() }
        } catch {
            try await schemas.drop()
            throw error
        }
        try await schemas.drop()
    }
}

extension Trait where Self == DropsTestSchemas {
    /// Drops the PostgreSQL schemas each test made when it ends.
    public static var dropsTestSchemas: Self { Self() }
}

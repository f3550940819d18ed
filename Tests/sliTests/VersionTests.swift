import Testing

@Suite("sli")
struct VersionTests {
    @Test func printsItsVersion() throws {
        let output = try CommandRunner.run(["--version"])
        #expect(output.status == 0)
        #expect(output.standardOutput == "0.1.0\n")
    }

    @Test func rejectsAnUnknownCommandWithUsage() throws {
        let output = try CommandRunner.run(["no-such-command"])
        #expect(output.status != 0)
        #expect(output.standardError.contains("Usage: sli"))
    }
}

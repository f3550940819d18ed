import Foundation

/// Where the store file lives: `--store PATH`, else the `SLI_STORE` environment variable, else `./sli.sqlite`.
enum StoreLocation {
    /// The name of the environment variable that names the store file.
    static let environmentVariable = "SLI_STORE"
    /// The store file used when nothing else names one.
    static let defaultPath = "sli.sqlite"

    /// The store path to use.
    ///
    /// - Parameters:
    ///   - option: The value of `--store`, when given.
    ///   - environment: The process environment (the real one unless a test passes its own).
    static func resolve(
        option: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String {
        if let option, !option.isEmpty { return option }
        if let path = environment[environmentVariable], !path.isEmpty { return path }
        return defaultPath
    }
}

import Foundation

/// A short lower-case reason for a file system error, as messages about a file give it ("no such
/// file", "permission denied").
public enum FileErrorReason {
    /// The reason `error` stands for.
    public static func text(_ error: any Error) -> String {
        let error = error as NSError
        if error.domain == NSCocoaErrorDomain
            && (error.code == NSFileReadNoSuchFileError || error.code == NSFileNoSuchFileError)
        {
            return "no such file"
        }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
            let code = POSIXErrorCode(rawValue: Int32(underlying.code))
        {
            return String(cString: strerror(code.rawValue)).lowercased()
        }
        let text = error.localizedDescription
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}

import FoundationEssentials
import Glibc

/// What a failed file or system call says, in the C library's words (`strerror`: "No such file
/// or directory"). Foundation's `localizedDescription` would link FoundationInternationalization
/// and ICU's data; FoundationEssentials' errors carry the POSIX error underneath.
public enum SystemErrorText {
    public static func describe(_ error: any Error) -> String {
        if let posix = error as? POSIXError { return text(errno: posix.code.rawValue) }
        if let cocoa = error as? CocoaError {
            if let underlying = cocoa.underlying { return describe(underlying) }
            if let number = errnoNumber(of: cocoa.code) { return text(errno: number) }
        }
        return String(describing: error)
    }

    public static func text(errno number: Int32) -> String {
        String(cString: strerror(number))
    }

    /// The file errors FoundationEssentials reports without an underlying POSIX error.
    static func errnoNumber(of code: CocoaError.Code) -> Int32? {
        switch code {
        case .fileNoSuchFile, .fileReadNoSuchFile: ENOENT
        case .fileReadNoPermission, .fileWriteNoPermission: EACCES
        case .fileWriteFileExists: EEXIST
        case .fileWriteOutOfSpace: ENOSPC
        case .fileWriteVolumeReadOnly: EROFS
        case .fileReadTooLarge: EFBIG
        default: nil
        }
    }
}

import Foundation
import NP6

/// Finds the API key: `--key-file PATH`, else `NP6_API_KEY`. There is deliberately no flag that
/// takes the key itself, so it never appears in `ps` or in shell history.
public enum KeyLoader {
    public static func load(keyFile: String?, environment: [String: String]) throws(UsageError) -> APIKey {
        if let keyFile {
            return try fromFile(keyFile)
        }
        if let value = environment["NP6_API_KEY"], !value.isEmpty {
            do { return try APIKey(value) } catch { throw UsageError("NP6_API_KEY is not usable: \(error.message)") }
        }
        throw UsageError(
            "no API key. Set NP6_API_KEY, or pass --key-file PATH (a file only you can read).\nTo try the program without a key: np6-subs --demo")
    }

    /// Refuses a key file that group or others can read, as ssh does for private keys.
    static func fromFile(_ path: String) throws(UsageError) -> APIKey {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw UsageError("cannot read the key file '\(path)': \(String(cString: strerror(errno)))")
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw UsageError("the key file '\(path)' is not a regular file") }
        let permissions = info.st_mode & 0o777
        if permissions & 0o077 != 0 {
            throw UsageError(
                "permissions \(String(format: "%04o", permissions)) for '\(path)' are too open.\nIt is required that your key file is not accessible by others: chmod 600 '\(path)'")
        }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw UsageError("cannot read the key file '\(path)'")
        }
        do { return try APIKey(text) } catch { throw UsageError("the key in '\(path)' is not usable: \(error.message)") }
    }
}

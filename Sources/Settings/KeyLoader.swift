import Essentials
import Foundation
import NP6

/// Reads the API key from where the layering says: a file, an environment variable or a
/// command. There is deliberately no flag that takes the key itself, so it never appears in `ps`
/// or in shell history, and the config file may not hold one either.
public enum KeyLoader {
    /// The key from `source`; `origin` says who named that source, for messages
    /// (`--key-file`, `profile "acme-prod"`).
    public static func load(
        _ source: KeySource, origin: String, environment: [String: String],
        commandTimeout: Duration = KeyCommand.defaultTimeout
    ) async throws(UsageError) -> APIKey {
        switch source {
        case .file(let path):
            return try fromFile(path)
        case .environment(let name):
            guard let value = environment[name], !value.isEmpty else {
                throw UsageError("\(origin) takes its key from the environment variable \(name), which is not set")
            }
            do { return try APIKey(value) } catch { throw UsageError("\(name) is not usable: \(error.message)") }
        case .command(let argv):
            let text = try await KeyCommand.key(from: argv, timeout: commandTimeout)
            do { return try APIKey(text) } catch {
                throw UsageError("the key printed by \(origin)'s key_command is not usable: \(error.message)")
            }
        }
    }

    /// What to say when nothing names a key.
    static let noKeyMessage =
        """
        no API key. Set NP6_API_KEY, pass --key-file PATH (a file only you can read), or choose a profile with \
        --profile NAME (np6-subs config init writes a config file). To try the program without a key: np6-subs \
        --demo
        """

    /// A key is a line; 64 KiB is already a mistake (a 300 MB file used to be read whole).
    static let maximumKeyFileSize = 64 * 1024

    /// Refuses a key file that group or others can read, as ssh does for private keys.
    static func fromFile(_ path: String) throws(UsageError) -> APIKey {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw UsageError("cannot read the key file '\(path)': \(String(cString: strerror(errno)))")
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw UsageError("the key file '\(path)' is not a regular file")
        }
        let permissions = info.st_mode & 0o777
        if permissions & 0o077 != 0 {
            throw UsageError(
                """
                permissions \(String(format: "%04o", permissions)) for '\(path)' are too open: it is required \
                that your key file is not accessible by others: chmod 600 '\(path)'
                """
            )
        }
        let bytes: [UInt8]
        do { bytes = try BoundedFile.read(path, limit: maximumKeyFileSize) } catch {
            throw UsageError("cannot read the key file '\(path)': \(error.description) (a key file holds one line)")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw UsageError("the key file '\(path)' is not UTF-8 text")
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if let extra = lines.dropFirst().firstIndex(where: { !String($0).trimmingWhitespace().isEmpty }) {
            throw UsageError(
                """
                the key file '\(path)' has more than one line (line \(extra + 1) is not empty): the first line is \
                the key, and nothing may follow it
                """)
        }
        do { return try APIKey(String(lines.first ?? "")) } catch {
            throw UsageError("the key in '\(path)' is not usable: \(error.message)")
        }
    }
}

import Essentials
import FoundationEssentials
import Glibc
import Localization
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
                throw UsageError(Message.keyVariableUnset(origin: origin, name: name).text())
            }
            do { return try APIKey(value) } catch {
                throw UsageError(Message.keyVariableUnusable(name: name, error: error.message).text())
            }
        case .command(let argv):
            let text = try await KeyCommand.key(from: argv, timeout: commandTimeout)
            do { return try APIKey(text) } catch {
                throw UsageError(Message.keyCommandUnusable(origin: origin, error: error.message).text())
            }
        }
    }

    /// What to say when nothing names a key.
    static var noKeyMessage: String { Message.noKeyAdvice.text() }

    /// A key is a line; 64 KiB is already a mistake (a 300 MB file used to be read whole).
    static let maximumKeyFileSize = 64 * 1024

    /// Refuses a key file that group or others can read, as ssh does for private keys.
    static func fromFile(_ path: String) throws(UsageError) -> APIKey {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw UsageError(Message.keyFileCannotRead(path: path, error: SystemErrorText.text(errno: errno)).text())
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw UsageError(Message.keyFileNotRegular(path: path).text())
        }
        let permissions = info.st_mode & 0o777
        if permissions & 0o077 != 0 {
            throw UsageError(
                Message.keyFileTooOpen(
                    mode: PathTrust.octal(permissions), path: path, command: "chmod 600 '\(path)'"
                ).text())
        }
        let bytes: [UInt8]
        do { bytes = try BoundedFile.read(path, limit: maximumKeyFileSize) } catch {
            throw UsageError(Message.keyFileTooLarge(path: path, error: error.description).text())
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw UsageError(Message.keyFileNotUTF8(path: path).text())
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if let extra = lines.dropFirst().firstIndex(where: { !String($0).trimmingWhitespace().isEmpty }) {
            throw UsageError(Message.keyFileExtraLines(path: path, line: extra + 1).text())
        }
        do { return try APIKey(String(lines.first ?? "")) } catch {
            throw UsageError(Message.keyFileUnusable(path: path, error: error.message).text())
        }
    }
}

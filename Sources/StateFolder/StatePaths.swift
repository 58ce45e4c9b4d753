import Essentials
import FoundationEssentials
import Glibc
import Localization

/// Where np6-subs keeps state across runs: `$XDG_STATE_HOME/np6-subs/`, else
/// `~/.local/state/np6-subs/`. The folder is private to the user (0700).
public enum StatePaths {
    public static func directory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/np6-subs"
        }
        return HomeDirectory.path(environment: environment) + "/.local/state/np6-subs"
    }

    /// Where `--demo` keeps its journal and recent lookups: a folder of its own inside the real
    /// one, so a demo never mixes its sandbox's deletes into the real journal.
    public static func demoDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        directory(environment: environment) + "/demo"
    }

    /// Why the state folder cannot be used: it cannot be created, or someone else could write it
    /// (then nothing is recorded there).
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Creates the folder (and parents) with mode 0700 if needed, and refuses one that another
    /// user owns or could write (or that sits in such a folder): they could plant a link where
    /// the journal goes, or read what was deleted.
    public static func ensureDirectory(_ path: String) throws(Failure) {
        if let problem = PathTrust.problem(path, what: Message.trustStateFolder.text()) {
            throw Failure(description: problem)
        }
        do {
            try FileManager.default.createDirectory(
                atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw Failure(
                description: Message.cannotCreateFolder(path: path, error: SystemErrorText.describe(error)).text())
        }
        if let problem = PathTrust.problem(path, what: Message.trustStateFolder.text()) {
            throw Failure(description: problem)
        }
        chmod(path, 0o700)
    }
}

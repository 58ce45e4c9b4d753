import FoundationEssentials

/// The user's home folder: `HOME` when set and not empty, else the password database's.
public enum HomeDirectory {
    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let home = environment["HOME"], !home.isEmpty { return home }
        return FileManager.default.homeDirectoryForCurrentUser.path
    }
}

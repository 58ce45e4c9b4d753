import Essentials

public enum NP6Version {
    /// The release's version: the archive's name and the User-Agent carry it (scripts/release reads it here).
    public static let current = "0.1.0"

    /// What `--version` prints and the log starts with: the version, the commit and the build date.
    public static var described: String { BuildStamp.versionText(current) }
}

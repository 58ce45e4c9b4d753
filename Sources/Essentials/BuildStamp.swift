import CLibC

/// Where a binary came from: the commit and the build time that scripts/release links into a
/// release binary (see np6_build_commit in CLibC). Both are nil in a plain `swift build`.
public enum BuildStamp {
    public static var commit: String? { np6_build_commit().map { String(cString: $0) } }
    public static var date: String? { np6_build_date().map { String(cString: $0) } }

    /// `0.2.0 (commit 1a2b3c4d5e6f, built 2026-11-30T21:50:00Z)`, or a development build's own words.
    public static func versionText(_ version: String) -> String {
        guard let commit, let date else {
            return "\(version) (development build: scripts/release stamps the commit and the build date)"
        }
        return "\(version) (commit \(commit), built \(date))"
    }
}

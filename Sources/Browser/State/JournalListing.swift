/// The journal of the profile in use, newest entry first, as `J` shows it.
public struct JournalListing: Sendable, Equatable {
    /// The columns, as `np6-subs journal` prints them.
    public let header: [String]
    /// The columns that give way first when the screen is narrow.
    public let shrinking: [Int]
    public let rows: [JournalRow]
    /// The profile it was read for (nil: no profile) and the journal file's path.
    public let profile: String?
    public let path: String

    public init(header: [String], shrinking: [Int], rows: [JournalRow], profile: String?, path: String) {
        self.header = header
        self.shrinking = shrinking
        self.rows = rows
        self.profile = profile
        self.path = path
    }
}

import NP6

/// What `E` writes: the rows in view, in their order, to a path, as `list --format` would print
/// them; the controller writes it off the UI thread and answers `.exportFinished`.
public struct ExportJob: Sendable, Equatable {
    public enum Format: Sendable, Equatable { case csv, json }

    public let path: String
    public let format: Format
    public let subscriptions: [Subscription]
    /// Application names by id, for the CSV's application column.
    public let applicationNames: [String: String]
    /// Replace the file if it exists (asked first).
    public let overwrite: Bool

    public init(
        path: String, format: Format, subscriptions: [Subscription], applicationNames: [String: String],
        overwrite: Bool
    ) {
        self.path = path
        self.format = format
        self.subscriptions = subscriptions
        self.applicationNames = applicationNames
        self.overwrite = overwrite
    }

    /// The format a path's extension asks for: `.csv` or `.json`, any case; nil otherwise.
    public static func format(of path: String) -> Format? {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".csv") { return .csv }
        if lowered.hasSuffix(".json") { return .json }
        return nil
    }

    public static func == (lhs: ExportJob, rhs: ExportJob) -> Bool {
        lhs.path == rhs.path && lhs.format == rhs.format && lhs.overwrite == rhs.overwrite
            && lhs.subscriptions.map(\.id) == rhs.subscriptions.map(\.id)
    }
}

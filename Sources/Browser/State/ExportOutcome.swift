/// How an export (`E`) ended.
public enum ExportOutcome: Sendable, Equatable {
    case written(rows: Int, path: String)
    /// The path exists and overwriting was not asked for: the prompt asks.
    case exists(path: String)
    case failed(path: String, message: String)
}

public enum OutputFormat: String, Sendable, CaseIterable {
    case table
    case json
    case csv
}

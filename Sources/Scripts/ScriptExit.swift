import NP6

/// How a subcommand ends. The codes are documented in docs/usage.md.
public enum ScriptExit: Int32, Error, Sendable {
    case ok = 0
    case apiError = 1
    case usage = 2
    case notFound = 3

    public static func code(for error: NP6Error) -> ScriptExit {
        if case .notFound = error { return .notFound }
        return .apiError
    }
}

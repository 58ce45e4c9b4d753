import Localization
import NP6

/// How the program ends: the one definition of its exit codes, which `--help`, the man page and
/// docs/usage.md's table say (a test compares the table with these cases).
public enum ScriptExit: Int32, Error, Sendable, CaseIterable {
    case ok = 0
    case apiError = 1
    case usage = 2
    case notFound = 3
    /// The output was closed early (`np6-subs list … | head -1`): the status of a process killed
    /// by SIGPIPE (128 + 13), as `git log | head` ends.
    case closedPipe = 141

    /// What the code means, in a few words.
    public var meaning: String {
        switch self {
        case .ok: Message.exitOK.text()
        case .apiError: Message.exitAPIError.text()
        case .usage: Message.exitUsage.text()
        case .notFound: Message.exitNotFound.text()
        case .closedPipe: Message.exitClosedPipe.text()
        }
    }

    /// `Exit codes of the subcommands: 0 ok, 1 API or network error, …`.
    public static var summary: String {
        Message.exitSummary(codes: allCases.map { "\($0.rawValue) \($0.meaning)" }.joined(separator: ", ")).text()
    }

    public static func code(for error: NP6Error) -> ScriptExit {
        if case .notFound = error { return .notFound }
        return .apiError
    }
}

import Foundation
import Glibc

/// Output helpers: stdout for results, stderr for messages.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data(("np6-subs: " + text + "\n").utf8))
    }

    static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDERR_FILENO) == 1 }

    /// Nil when the person confirmed (or `--yes` was given); otherwise how the command ends:
    /// without a terminal to ask on, a usage error; when not confirmed, nothing done.
    static func confirmation(yes: Bool, verb: String, question: String) -> ScriptExit? {
        if yes { return nil }
        guard isInteractive else {
            error("refusing to \(verb) without a terminal to confirm on; pass --yes to confirm in a script")
            return .usage
        }
        guard confirm(question) else {
            error("not confirmed; nothing was done")
            return .apiError
        }
        return nil
    }

    /// Asks on the terminal; true only if the person types exactly `yes`.
    static func confirm(_ question: String) -> Bool {
        FileHandle.standardError.write(Data((question + " Type yes to go on: ").utf8))
        guard let answer = readLine(strippingNewline: true) else { return false }
        return answer.trimmingCharacters(in: .whitespaces) == "yes"
    }
}

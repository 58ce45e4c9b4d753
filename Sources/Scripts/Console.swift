import Essentials
import Foundation
import Glibc

/// Where the subcommands write: results on stdout, messages on stderr, both only as
/// `ConsoleText`. A failed write to stdout is thrown (the command ends: quietly for a closed
/// pipe, with one line and status 1 otherwise); a failed write to stderr has nowhere to go.
enum Console {
    static func out(_ text: ConsoleText, terminator: String = "\n") throws(OutputError) {
        try FileOutput.standardOutput.write(text.text + terminator)
    }

    static func error(_ text: ConsoleText) {
        try? FileOutput.standardError.write("np6-subs: " + text.text + "\n")
    }

    static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDERR_FILENO) == 1 }

    /// Nil when the person confirmed (or `--yes` was given); otherwise how the command ends:
    /// without a terminal to ask on, a usage error; when not confirmed, nothing done.
    static func confirmation(yes: Bool, verb: String, question: ConsoleText) -> ScriptExit? {
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
    static func confirm(_ question: ConsoleText) -> Bool {
        guard (try? FileOutput.standardError.write(question.text + " Type yes to go on: ")) != nil else { return false }
        guard let answer = readLine(strippingNewline: true) else { return false }
        return answer.trimmingCharacters(in: .whitespaces) == "yes"
    }
}

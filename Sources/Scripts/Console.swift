import Essentials
import Formatting
import FoundationEssentials
import Glibc
import Localization

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

    /// stdout's width in cells when it is a terminal (a line that would wrap is fitted to it);
    /// nil for a file or a pipe, which get every line whole.
    static let outputColumns: Int? = {
        var size = winsize()
        guard isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else {
            return nil
        }
        return Int(size.ws_col)
    }()

    /// Nil when the person confirmed (or `--yes` was given); otherwise how the command ends:
    /// without a terminal to ask on, a usage error; when not confirmed, nothing done.
    /// `answer` is what must be typed: `yes`, or on a production profile its name.
    static func confirmation(yes: Bool, action: Message, question: ConsoleText, answer: String = "yes")
        -> ScriptExit?
    {
        if yes { return nil }
        guard isInteractive else {
            error(ConsoleText(.refusingWithoutTerminal(action: action.text())))
            return .usage
        }
        guard confirm(question, answer: answer) else {
            error(ConsoleText(.notConfirmed))
            return .apiError
        }
        return nil
    }

    /// The reason for a write, asked on the terminal after its confirmation when none was given
    /// (`--reason`): the write's own, never one inherited from what it undoes. Nil for none, and
    /// without a terminal (scripts give `--reason`).
    static func askReason(given: String?) -> String? {
        if let given { return given }
        guard isInteractive,
            (try? FileOutput.standardError.write(Message.askReason.text())) != nil,
            let typed = readLine(strippingNewline: true)
        else { return nil }
        let reason = typed.trimmingWhitespace()
        return reason.isEmpty ? nil : reason
    }

    /// A question as stderr's terminal shows it: wrapped between words (the answer is typed after
    /// its last one). Whole when stderr is not a terminal.
    static func wrappedForStandardError(_ text: String) -> String {
        var size = winsize()
        guard isatty(STDERR_FILENO) == 1, ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 1,
            DisplayWidth.of(text) >= Int(size.ws_col)
        else { return text }
        return DisplayWidth.wrap(text, width: Int(size.ws_col) - 1).joined(separator: "\n") + " "
    }

    /// Asks on the terminal; true only if the person types exactly `answer`.
    static func confirm(_ question: ConsoleText, answer: String = "yes", prompt given: ConsoleText? = nil) -> Bool {
        let prompt: ConsoleText =
            given
            ?? " \(answer == "yes" ? .typeYes : Message.typeProfileName(name: answer))"
        guard (try? FileOutput.standardError.write(wrappedForStandardError(question.text + prompt.text))) != nil else {
            return false
        }
        // What was typed before the question (during a long fetch, say) must not answer it.
        tcflush(STDIN_FILENO, TCIFLUSH)
        guard let typed = readLine(strippingNewline: true) else { return false }
        return typed.trimmingWhitespace() == answer
    }
}

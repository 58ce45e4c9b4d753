import FoundationEssentials
import Glibc
import Localization
import Settings

/// Copying over SSH and inside tmux: an OSC 52 sequence to the terminal, and inside tmux also
/// `tmux load-buffer -w -`, because tmux's default `set-clipboard external` ignores an
/// application's OSC 52 but `load-buffer -w` fills tmux's buffer and forwards it outward.
public enum Clipboard {
    /// How long `tmux load-buffer` may take: a tmux server that does not answer must not leave
    /// the copy pending.
    static let tmuxDeadline: Duration = .seconds(3)

    /// `ESC ] 52 ; c ; <base64> BEL`.
    public static func osc52(_ text: String) -> String {
        "\u{1B}]52;c;\(Data(text.utf8).base64EncodedString())\u{07}"
    }

    /// GNU screen swallows unknown OSCs unless wrapped in its passthrough (DCS … ST).
    public static func wrappedForScreen(_ sequence: String) -> String {
        "\u{1B}P\(sequence)\u{1B}\\"
    }

    /// Writes the OSC 52 sequence for `text` to the terminal on `terminalDescriptor`; returns an
    /// error message, or nil. It must run on the UI thread, between frames.
    public static func writeSequence(_ text: String, terminalDescriptor: Int32, environment: [String: String])
        -> String?
    {
        var sequence = osc52(text)
        let term = environment["TERM"] ?? ""
        if environment["TMUX"] == nil, term.hasPrefix("screen") { sequence = wrappedForScreen(sequence) }
        let bytes = Array(sequence.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBufferPointer {
                write(terminalDescriptor, $0.baseAddress, $0.count)
            }
            if count <= 0 { break }
            written += count
        }
        return written == bytes.count ? nil : Message.terminalWriteFailed.text()
    }

    /// Inside tmux: fills tmux's buffer, off the UI thread, within `deadline`.
    static func loadTmuxBuffer(_ text: String, program: String = "tmux", deadline: Duration = tmuxDeadline) async
        -> String?
    {
        do {
            let outcome = try await BoundedProcess.run(
                program, arguments: ["load-buffer", "-w", "-"], input: Array(text.utf8), timeout: deadline,
                ownSession: false)
            switch outcome {
            case .finished(code: 0, _, _): return nil
            case .finished(let code, _, _):
                return (code.map { Message.tmuxExited(code: "\($0)") } ?? Message.tmuxKilled).text()
            case .timedOut: return Message.tmuxTimedOut(seconds: "\(deadline.components.seconds)").text()
            }
        } catch {
            // The error's own description names the cause (swift-subprocess's localizedDescription
            // is only "error 1").
            return Message.tmuxFailed(error: String(describing: error)).text()
        }
    }
}

import Essentials
import FoundationEssentials
import Localization
import NP6
import Subprocess

/// Runs a profile's `key_command` the way AWS's `credential_process` is run: an argv without a
/// shell, standard input closed, a deadline, in a session of its own so that the deadline stops
/// whatever the command started too (`sh -c 'sleep 60'`) and it cannot read the browser's
/// terminal. `BoundedProcess` runs it.
public enum KeyCommand {
    public static let defaultTimeout: Duration = .seconds(10)
    /// Enough for any key and a page of complaints; more is a broken command.
    static let outputLimit = 64 * 1024

    /// The first line of the command's standard output. Every failure says what to fix and
    /// quotes the command's standard error, sanitised.
    public static func key(from argv: [String], timeout: Duration = defaultTimeout) async throws(UsageError) -> String {
        guard let program = argv.first, !program.isEmpty else { throw UsageError(Message.keyCommandEmpty.text()) }
        let shown = Message.keyCommandShown(program: KeySource.programWords(argv)).text()
        let outcome: BoundedProcess.Outcome
        do {
            outcome = try await BoundedProcess.run(
                program, arguments: Array(argv.dropFirst()), timeout: timeout, outputLimit: outputLimit)
        } catch let error as SubprocessError {
            if error.code == .executableNotFound {
                throw UsageError(Message.keyCommandNotOnPath(shown: shown, program: program).text())
            }
            throw UsageError(
                Message.keyCommandCannotRun(shown: shown, error: UntrustedText.sanitized(String(describing: error)))
                    .text())
        } catch {
            throw UsageError("\(shown): \(UntrustedText.sanitized(String(describing: error)))")
        }
        switch outcome {
        case .timedOut:
            throw UsageError(
                Message.keyCommandTimedOut(shown: shown, seconds: "\(Int(timeout.components.seconds))").text())
        case .finished(let code, let output, let errors):
            let complaint = errorExcerpt(redactingKeys(in: errors, printed: output))
            guard code == 0 else {
                let status =
                    (code.map { Message.keyCommandExited(shown: shown, status: "\($0)") }
                    ?? .keyCommandKilled(shown: shown)).text()
                throw UsageError(
                    complaint.isEmpty ? status : Message.keyCommandSaid(message: status, complaint: complaint).text())
            }
            let firstLine =
                output.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)
                ?? ""
            let key = firstLine.trimmingWhitespace()
            guard !key.isEmpty else {
                throw UsageError(
                    Message.keyCommandPrintedNothing(shown: shown).text()
                        + (complaint.isEmpty ? "" : Message.keyCommandItSaid(complaint: complaint).text()))
            }
            return key
        }
    }

    /// A command may print the key on its standard error too (`tee /dev/stderr`, a debug
    /// flag), and a message quotes that: every line it printed on standard output is removed
    /// from it, and so is every word that looks like a key (20 characters or more of letters,
    /// digits and `-_+=.`, with a digit and a letter) though it was printed nowhere else.
    static func redactingKeys(in errors: String, printed output: String) -> String {
        var text = errors
        for line in output.split(whereSeparator: \.isNewline) {
            let candidate = String(line).trimmingWhitespace()
            if candidate.count >= 4 { text = text.replacingAll(candidate, with: "<redacted>") }
        }
        // Runs of key characters, each replaced when it looks like a key.
        var result = String.UnicodeScalarView()
        var run = String.UnicodeScalarView()
        func flush() {
            result.append(contentsOf: looksLikeKey(run) ? "<redacted>".unicodeScalars : run)
            run = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if keyCharacters.contains(scalar) {
                run.append(scalar)
            } else {
                flush()
                result.append(scalar)
            }
        }
        flush()
        return String(result)
    }

    static func looksLikeKey(_ run: String.UnicodeScalarView) -> Bool {
        guard run.count >= 20 else { return false }
        let digit = run.contains { ("0"..."9").contains($0) }
        let letter = run.contains { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
        return digit && letter
    }

    private static let keyCharacters = Set(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_+=.".unicodeScalars)

    /// The command's standard error for a message: sanitised (it may hold escape sequences), its
    /// first lines only.
    static func errorExcerpt(_ text: String) -> String {
        let lines = text.split(whereSeparator: \.isNewline).prefix(3).map { UntrustedText.sanitized(String($0)) }
        let joined = lines.joined(separator: " / ")
        return joined.count > 300 ? String(joined.prefix(300)) + "…" : joined
    }
}

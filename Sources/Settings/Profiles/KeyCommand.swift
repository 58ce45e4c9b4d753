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
        guard let program = argv.first, !program.isEmpty else { throw UsageError("key_command is empty") }
        let shown = "key_command \(KeySource.programWords(argv))"
        let outcome: BoundedProcess.Outcome
        do {
            outcome = try await BoundedProcess.run(
                program, arguments: Array(argv.dropFirst()), timeout: timeout, outputLimit: outputLimit)
        } catch let error as SubprocessError {
            if error.code == .executableNotFound {
                throw UsageError("\(shown): cannot run \(program): no such program on PATH")
            }
            throw UsageError("\(shown): cannot run it (\(UntrustedText.sanitized(String(describing: error))))")
        } catch {
            throw UsageError("\(shown): \(UntrustedText.sanitized(String(describing: error)))")
        }
        switch outcome {
        case .timedOut:
            throw UsageError("\(shown) did not finish within \(Int(timeout.components.seconds)) s and was stopped")
        case .finished(let code, let output, let errors):
            let complaint = errorExcerpt(errors)
            guard code == 0 else {
                let status = code.map { "exited with status \($0)" } ?? "was killed by a signal"
                throw UsageError("\(shown) \(status)" + (complaint.isEmpty ? "" : ": \(complaint)"))
            }
            let firstLine =
                output.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)
                ?? ""
            let key = firstLine.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !key.isEmpty else {
                throw UsageError(
                    "\(shown) printed nothing on its standard output; the key must be its first line"
                        + (complaint.isEmpty ? "" : " (it said: \(complaint))"))
            }
            return key
        }
    }

    /// The command's standard error for a message: sanitised (it may hold escape sequences), its
    /// first lines only.
    static func errorExcerpt(_ text: String) -> String {
        let lines = text.split(whereSeparator: \.isNewline).prefix(3).map { UntrustedText.sanitized(String($0)) }
        let joined = lines.joined(separator: " / ")
        return joined.count > 300 ? String(joined.prefix(300)) + "…" : joined
    }
}

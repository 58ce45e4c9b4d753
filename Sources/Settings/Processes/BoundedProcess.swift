import Essentials
import Subprocess
import SystemPackage

/// The program's one way of running another program (swift-subprocess): an argv without a
/// shell, a deadline, bounded output. A key command and the clipboard's `tmux load-buffer` run
/// through it; when the deadline passes, the child (and, in a session of its own, whatever it
/// started) is torn down with SIGTERM, then SIGKILL.
public enum BoundedProcess {
    public enum Outcome: Sendable, Equatable {
        /// `code` is nil when a signal ended it.
        case finished(code: Int32?, output: String, errors: String)
        case timedOut
    }

    /// Runs `program` (a name is looked up on PATH, a path is taken as it is) with `input` on
    /// its standard input (closed when nil). `ownSession`: a session of its own, so the deadline
    /// stops what it started and it cannot read the browser's terminal.
    public static func run(
        _ program: String, arguments: [String], input: [UInt8]? = nil, timeout: Duration, ownSession: Bool = true,
        outputLimit: Int = 64 * 1024
    ) async throws -> Outcome {
        try await withThrowingTaskGroup(of: Outcome.self) { group in
            group.addTask {
                let executable: Executable = program.contains("/") ? .path(FilePath(program)) : .name(program)
                var options = PlatformOptions()
                options.createSession = ownSession
                options.teardownSequence = [
                    .send(signal: .terminate, toProcessGroup: ownSession, allowedDurationToNextStep: .milliseconds(500))
                ]
                let arguments = Arguments(arguments)
                // Input comes from a file, not a pipe: see AnonymousFile (a child that exits unread).
                let result =
                    if let input {
                        try await Subprocess.run(
                            executable, arguments: arguments, platformOptions: options,
                            input: .fileDescriptor(
                                FileDescriptor(rawValue: try AnonymousFile.holding(input)),
                                closeAfterSpawningProcess: true),
                            output: .string(limit: outputLimit), error: .string(limit: outputLimit))
                    } else {
                        try await Subprocess.run(
                            executable, arguments: arguments, platformOptions: options, input: .none,
                            output: .string(limit: outputLimit), error: .string(limit: outputLimit))
                    }
                let code: Int32?
                if case .exited(let status) = result.terminationStatus { code = status } else { code = nil }
                return .finished(code: code, output: result.standardOutput, errors: result.standardError)
            }
            group.addTask {
                try await Task.sleep(for: timeout)
                return .timedOut
            }
            defer { group.cancelAll() }
            return try await group.next() ?? .timedOut
        }
    }
}

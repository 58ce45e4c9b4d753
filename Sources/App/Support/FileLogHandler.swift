import Essentials
import FoundationEssentials
import Glibc
import Localization
import Logging
import NP6
import Synchronization

/// A swift-log handler that appends lines to a file (`--log-file`), never to the screen.
/// Every line passes through the key's redaction, in case anything ever echoes it. A write that
/// fails (a full disk, a removed mount) is reported once through `onFailure`, and logging stops;
/// the program goes on.
public struct FileLogHandler: LogHandler {
    final class Sink: Sendable {
        let output: FileOutput
        /// Set after the first failed write: later lines are dropped without trying.
        let failed = Mutex(false)
        let onFailure: @Sendable (String) -> Void

        init(descriptor: Int32, onFailure: @escaping @Sendable (String) -> Void) {
            output = FileOutput(descriptor: descriptor)
            self.onFailure = onFailure
        }

        deinit { close(output.descriptor) }

        func append(_ line: String, path: String) {
            let firstFailure = failed.withLock { failed -> OutputError? in
                guard !failed else { return nil }
                let result = Result { () throws(OutputError) in try output.write(line) }
                guard case .failure(let error) = result else { return nil }
                failed = true
                return error
            }
            if let firstFailure {
                onFailure(Message.logFileStopped(path: path, error: firstFailure.description).text())
            }
        }
    }

    private let sink: Sink
    private let path: String
    private let redact: @Sendable (String) -> String
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .debug

    /// Opens (creating it 0600 if needed) `path` for appending.
    public init(
        path: String, redact: @escaping @Sendable (String) -> String, onFailure: @escaping @Sendable (String) -> Void
    ) throws(OutputError) {
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw OutputError(code: errno) }
        sink = Sink(descriptor: descriptor, onFailure: onFailure)
        self.path = path
        self.redact = redact
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let stamp = ISO8601Timestamp(secondsSince1970: Date().timeIntervalSince1970).iso8601String
        sink.append(redact("\(stamp) \(event.level) \(event.message)") + "\n", path: path)
    }
}

import Foundation
import Logging
import NP6
import Synchronization

/// A swift-log handler that appends lines to a file (`--log-file`), never to the screen.
/// Every line passes through the key's redaction, in case anything ever echoes it.
public struct FileLogHandler: LogHandler {
    final class Sink: Sendable {
        let file: Mutex<FileHandle>
        init(_ handle: FileHandle) { file = Mutex(handle) }
    }

    private let sink: Sink
    private let redact: @Sendable (String) -> String
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .debug

    public init(path: String, redact: @escaping @Sendable (String) -> String) throws {
        if !FileManager.default.fileExists(atPath: path) {
            _ = FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
        }
        guard let handle = FileHandle(forWritingAtPath: path) else { throw CocoaError(.fileWriteNoPermission) }
        handle.seekToEndOfFile()
        sink = Sink(handle)
        self.redact = redact
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let stamp = ISO8601Timestamp(secondsSince1970: Date().timeIntervalSince1970).iso8601String
        let line = redact("\(stamp) \(event.level) \(event.message)") + "\n"
        sink.file.withLock { $0.write(Data(line.utf8)) }
    }
}

import Localization

/// What stops a batch before or between its requests: a malformed line of the contact file
/// (with its number), an unreadable file, a run file that cannot be written or read.
public struct BatchProblem: Error, Sendable, CustomStringConvertible {
    public var line: Int?
    public var message: String

    public init(line: Int? = nil, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String {
        line.map { Message.contactFileLine(line: $0, message: message).text() } ?? message
    }
}

/// Something in the config that does not stop the program but is ignored, with where it was
/// written; the caller puts the file's path before it (`path:line:column: message`).
public struct ConfigWarning: Sendable, Equatable {
    public var line: Int
    public var column: Int
    public var message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// `path:line:column: message`, as compilers write it, so an editor can jump there.
    public func located(in path: String) -> String { "\(path):\(line):\(column): \(message)" }
}

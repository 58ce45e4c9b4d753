/// A problem with how the program was started: exit code 2, message on stderr, terminal untouched.
public struct UsageError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) {
        self.description = description
    }
}

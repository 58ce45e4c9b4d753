/// Why an event could not be sealed, spooled or delivered, in English: the journal records it as
/// it is, and the caller says it in the program's language around it.
public struct AuditFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}

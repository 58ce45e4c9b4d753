/// A journal value written as one string (an operation, a result, a contact's kind): Codable
/// and printed through its text, so a value a newer version wrote survives a read.
public protocol JournalText: Codable, CustomStringConvertible {
    init(text: String)
    var text: String { get }
}

extension JournalText {
    public var description: String { text }

    public init(from decoder: any Decoder) throws {
        self.init(text: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}

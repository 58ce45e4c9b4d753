/// What `audit verify` found of one machine's chain.
public struct ChainReport: Sendable, Equatable {
    public var chain: String
    /// The machine (host name) its events say they came from.
    public var machines: [String]
    public var operators: [String]
    /// Distinct events found.
    public var events: Int
    public var lastSequence: Int
    /// Sequence numbers with no event, as ranges.
    public var missing: [ClosedRange<Int>]
    /// Sequence numbers whose event was altered: its hash does not match its content, another
    /// event claims its number, or the next event recorded another hash for it.
    public var edited: [Int]
    /// Copies of an event already seen (same id, same content): harmless, from a re-sent delivery.
    public var duplicates: Int
    /// The file lines of the edited events, for people to look at.
    public var editedLines: [Int]

    public var passes: Bool { missing.isEmpty && edited.isEmpty }
}

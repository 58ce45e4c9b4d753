/// `/` while the detail has focus: a text searched in the detail's lines; `n` and `N` walk its
/// matches. Kept while the selection moves, so the same field can be read row after row.
public struct DetailSearch: Sendable, Equatable {
    public internal(set) var field = TextField()
    public internal(set) var editing = false
    /// Which match is the current one (the others are highlighted too).
    public internal(set) var current = 0

    public var text: String { field.text }
    public var isActive: Bool { !field.text.isEmpty }
}

/// The `o` prompt: a kind, a text field, and a position in the history.
public struct LookupPrompt: Sendable, Equatable {
    public internal(set) var kind: LookupKind
    public internal(set) var field: TextField
    /// Index into the recent lookups while recalling with ↑/↓; nil while typing.
    public internal(set) var historyIndex: Int?

    public init(kind: LookupKind = .unicity, text: String = "") {
        self.kind = kind
        self.field = TextField(text: text)
    }
}

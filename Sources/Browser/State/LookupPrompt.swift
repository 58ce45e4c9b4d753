/// The `o` prompt: a kind, a text field, and a position in the history.
///
/// Until Tab picks a kind, the kind is guessed from what is typed (`LookupKind.guess`), so an
/// e-mail typed after a hash lookup is looked up as a unicity.
public struct LookupPrompt: Sendable, Equatable {
    public internal(set) var kind: LookupKind
    public internal(set) var field: TextField
    /// Index into the recent lookups while recalling with ↑/↓; nil while typing.
    public internal(set) var historyIndex: Int?
    /// Tab or a recalled lookup chose the kind: typing no longer changes it.
    public internal(set) var kindChosen = false

    public init(kind: LookupKind = .unicity, text: String = "") {
        self.kind = kind
        self.field = TextField(text: text)
        if !text.isEmpty { self.kind = LookupKind.guess(text) }
    }

    /// After an edit: the guess follows the text, unless the kind was chosen.
    mutating func textChanged() {
        historyIndex = nil
        if !kindChosen { kind = LookupKind.guess(field.text) }
    }

    /// Why the kind is what it is, for the prompt to say.
    public var kindReason: String {
        if kindChosen { return "chosen with Tab" }
        return LookupKind.guessReason(field.text)
    }
}

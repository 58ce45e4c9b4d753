import Localization

/// The `o` prompt: a kind, a text field, and a position in the history.
///
/// Until Tab picks a kind, the kind is guessed from what is typed (`LookupKind.guess`), so an
/// e-mail typed after a hash lookup is looked up as a unicity.
public struct LookupPrompt: Sendable, Equatable {
    public internal(set) var kind: LookupKind
    public internal(set) var field: TextField
    /// Index into the recent lookups while recalling with ↑/↓; nil while typing.
    public internal(set) var historyIndex: Int?
    /// Where the kind came from: guessed from the text, chosen with Tab, or recalled with ↑/↓.
    public enum KindSource: Sendable, Equatable {
        case guessed, chosen, recalled
    }

    public internal(set) var kindSource = KindSource.guessed
    /// Tab or a recalled lookup set the kind: typing no longer changes it.
    public var kindChosen: Bool { kindSource != .guessed }

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
        switch kindSource {
        case .chosen: return Message.kindChosen(key: KeyMap.label(of: .nextKind, in: .prompt)).text()
        case .recalled: return Message.kindRecalled.text()
        case .guessed: return LookupKind.guessReason(field.text)
        }
    }
}

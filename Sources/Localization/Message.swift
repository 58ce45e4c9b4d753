/// One user-facing text: which catalog entry, and its typed values. Each entry has a Swift name
/// of its own (`Message.languageFromSetting(_:)`, in `Catalog/`), so a call site cannot misspell
/// an entry or pass a count where a key goes.
public struct Message: Sendable, Hashable, CustomStringConvertible {
    /// A placeholder's value. Each type is written the way the language writes it.
    public enum Argument: Sendable, Hashable {
        /// A count: grouped as the language groups thousands, and what a plural block chooses by.
        case count(Int)
        /// A decimal number, with this many digits after the language's decimal mark.
        case decimal(Double, fractionDigits: Int)
        /// Text given as it is: a contact, a path, a server's (already sanitised) words.
        case text(String)
        /// A key's name from the key map (`r`, `Ctrl-C`), so a remapped key is named as mapped.
        case key(String)
    }

    public let id: MessageID
    public let arguments: [String: Argument]

    public init(_ id: MessageID, _ arguments: [String: Argument] = [:]) {
        self.id = id
        self.arguments = arguments
    }

    /// The text in `language` (by default the program's).
    public func text(in language: Language = Localization.current) -> String {
        let template = language.templates[id] ?? Language.english.templates[id] ?? Template(id.rawValue)
        return template.render(arguments, in: language)
    }

    public var description: String { text() }
}

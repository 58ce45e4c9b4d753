import Localization
import Primitives

/// One row of the key map: the keys, where they work, what they do, the help text, and whether
/// and how early the status line offers them.
public struct KeyBinding: Sendable {
    public let keys: [Key]
    public let context: KeyContext
    public let command: Command
    /// The help's and docs/usage.md's text, in the program's language.
    public var help: String { helpMessage.text() }
    /// The catalog's entry for it.
    public let helpMessage: Message
    /// The status line's word for it, in the program's language; nil keeps it out of the status line.
    public var hint: String? { hintMessage?.text() }
    /// The catalog's entry for that word.
    public let hintMessage: Message?
    /// The status line shows lower numbers first and drops the highest when short of room.
    public let priority: Int
    /// Writes to the server (or prepares a write): gone from the help and the hints in read-only.
    public let writes: Bool

    init(
        _ keys: [Key], _ context: KeyContext, _ command: Command, _ help: Message, hint: Message? = nil,
        priority: Int = 50, writes: Bool = false
    ) {
        self.keys = keys
        self.context = context
        self.command = command
        self.helpMessage = help
        self.hintMessage = hint
        self.priority = priority
        self.writes = writes
    }

    /// The same binding on other keys (a config's `keys:`).
    func rebound(to keys: [Key]) -> KeyBinding {
        KeyBinding(keys, context, command, helpMessage, hint: hintMessage, priority: priority, writes: writes)
    }

    /// The name the palette, a config's `keys:` and docs/usage.md give it: the command's, after
    /// its context's (`help.close`) outside the list and the detail.
    public var name: String { context.namePrefix.map { $0 + "." + command.name } ?? command.name }

    /// Every key of the binding, as the help and the docs write them: `j ↓`.
    public var label: String { keys.map(\.label).joined(separator: " ") }
}

import Primitives

/// One set of key bindings and the lookup made from it: the defaults, or the defaults with the
/// keys of a config's `keys:` (`customized(with:)`).
public struct KeyTable: Sendable {
    public let bindings: [KeyBinding]
    private let lookup: [KeyContext: [Key: Command]]

    public init(_ bindings: [KeyBinding]) {
        self.bindings = bindings
        var table: [KeyContext: [Key: Command]] = [:]
        for context in KeyContext.allCases {
            var commands: [Key: Command] = [:]
            for binding in Self.bindings(in: context, of: bindings) {
                for key in binding.keys where commands[key] == nil { commands[key] = binding.command }
            }
            table[context] = commands
        }
        lookup = table
    }

    /// The bindings that apply in `context`, in the order a key is looked up: the ones that work
    /// anywhere, the context's own, then the text-field keys where text is typed.
    public func bindings(in context: KeyContext) -> [KeyBinding] { Self.bindings(in: context, of: bindings) }

    static func bindings(in context: KeyContext, of bindings: [KeyBinding]) -> [KeyBinding] {
        let own = bindings.filter { $0.context == context }
        let anywhere = context == .anywhere ? [] : bindings.filter { $0.context == .anywhere }
        let editing = context.takesText ? bindings.filter { $0.context == .textField } : []
        return anywhere + own + editing
    }

    /// The first key bound to `command` (in `context`, when given), as messages name it: a text
    /// that says "press r" takes the key from here, so it names the key the map really binds.
    public func label(of command: Command, in context: KeyContext? = nil) -> String {
        let binding = bindings.first { $0.command == command && (context == nil || $0.context == context) }
        return binding?.keys.first?.label ?? ""
    }

    /// What `key` does in `context`, if anything; the first binding wins.
    public func command(for key: Key, in context: KeyContext) -> Command? {
        lookup[context]?[key]
    }

    /// The binding named `name` (`refresh`, `help.close`), if there is one.
    public func binding(named name: String) -> KeyBinding? {
        bindings.first { $0.name == name }
    }
}

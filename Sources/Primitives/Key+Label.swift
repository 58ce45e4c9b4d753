extension Key {
    /// How the help and docs/usage.md name the key: `Ctrl-F`, `Space`, `PgDn`, `↑`.
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let character): String(character)
        case .control(let character): "Ctrl-" + character.uppercased()
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .function(let number): "F\(number)"
        }
    }

    /// The status line's shorter form: `^F`, `␣`.
    public var shortLabel: String {
        switch self {
        case .character(" "): "␣"
        case .control(let character): "^" + character.uppercased()
        default: label
        }
    }
}

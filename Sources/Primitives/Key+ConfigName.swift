extension Key {
    /// The words a config's `keys:` may use besides a single character, lower-cased; `ctrl-<letter>`
    /// and `f1`…`f12` are read too. The help's own labels (`Ctrl-R`, `PgDn`, `↑`) are accepted.
    public static let configWords: [String: Key] = [
        "space": .character(" "), "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape,
        "tab": .tab, "shift-tab": .backTab, "backtab": .backTab, "backspace": .backspace, "delete": .delete,
        "del": .delete, "up": .up, "down": .down, "left": .left, "right": .right, "pgup": .pageUp,
        "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown, "home": .home, "end": .end, "↑": .up,
        "↓": .down, "←": .left, "→": .right,
    ]

    /// The key a config names: one printable character as it is (`R` is not `r`), else a word of
    /// `configWords`, `ctrl-x` (or `c-x`, `^x`) for a letter, `f1` to `f12`, in any case.
    public init?(configName text: String) {
        if text.count == 1, let character = text.first, !character.isWhitespace,
            !character.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
        {
            self = Self.configWords[text] ?? .character(character)
            return
        }
        let word = text.lowercased()
        if let key = Self.configWords[word] {
            self = key
            return
        }
        for prefix in ["ctrl-", "ctrl+", "c-", "^"] where word.hasPrefix(prefix) {
            let rest = word.dropFirst(prefix.count)
            guard rest.count == 1, let letter = rest.first, letter.isASCII, letter.isLetter else { return nil }
            self = .control(letter)
            return
        }
        if word.hasPrefix("f"), let number = Int(word.dropFirst()), (1...12).contains(number) {
            self = .function(number)
            return
        }
        return nil
    }
}

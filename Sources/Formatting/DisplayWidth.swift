import Essentials

/// Widths in terminal cells, as the terminal itself counts them (glibc's wcwidth, through
/// `TerminalWidth`): CJK and emoji take two, combining marks none. Tokens, names and unicities can
/// hold any of these, and a column that counts characters instead of cells breaks.
public enum DisplayWidth {
    /// The cells the terminal advances for `character`: its scalars' widths (`TerminalWidth`,
    /// glibc's wcwidth), summed. A scalar the terminal cannot print counts for nothing here;
    /// text from the server never holds one (`UntrustedText` escapes it).
    public static func of(_ character: Character) -> Int {
        var total = 0
        for scalar in character.unicodeScalars { total += of(scalar) }
        return total
    }

    public static func of(_ scalar: Unicode.Scalar) -> Int {
        max(0, TerminalWidth.of(scalar))
    }

    public static func of(_ text: String) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// The longest prefix of `text` that fits in `width` cells, with `…` when cut.
    public static func truncate(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        var result = ""
        var used = 0
        for character in text {
            let cells = of(character)
            if used + cells > width - 1 { break }
            result.append(character)
            used += cells
        }
        return result + "…"
    }

    /// The longest suffix of `text` that fits in `width` cells (the end of a field being typed).
    public static func truncateFromStart(_ text: String, width: Int) -> String {
        var kept: [Character] = []
        var used = 0
        for character in text.reversed() {
            let cells = of(character)
            if used + cells > width { break }
            kept.append(character)
            used += cells
        }
        return String(kept.reversed())
    }

    /// Breaks `text` into lines of at most `width` cells, at spaces where it can and anywhere in a
    /// long word (tokens have no spaces).
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [text] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        var lastSpace: String.Index?
        for character in text {
            let cells = of(character)
            if lineWidth + cells > width {
                if let space = lastSpace, character != " " {
                    let head = String(line[..<space])
                    let rest = String(line[line.index(after: space)...])
                    lines.append(head)
                    line = rest
                    lineWidth = of(rest)
                } else {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                lastSpace = nil
                if character == " " && line.isEmpty { continue }
            }
            if character == " " { lastSpace = line.endIndex }
            line.append(character)
            lineWidth += cells
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// `text` padded with spaces to exactly `width` cells (truncated if longer).
    public static func pad(_ text: String, width: Int) -> String {
        let fitted = truncate(text, width: width)
        return fitted + String(repeating: " ", count: max(0, width - of(fitted)))
    }
}

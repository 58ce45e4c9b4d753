import CLibC

/// How many cells the terminal gives one Unicode scalar: glibc's `wcwidth` in a UTF-8 locale,
/// the table ncurses itself uses to place characters, so whatever measures text here agrees
/// with what the screen does. -1 means not printable (controls, unassigned code points).
///
/// Read once into a table up to U+3FFFF (256 KiB, a few milliseconds), because widths are
/// measured for every cell of every frame; above it, `wcwidth` is asked each time.
public enum TerminalWidth {
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = Int(scalar.value)
        if value < 0x7F { return value < 0x20 ? -1 : 1 }
        if value < table.count { return Int(table[value]) }
        return Int(np6_wcwidth_utf8(scalar.value))
    }

    private static let table: [Int8] = (0..<0x40000).map { Int8(clamping: np6_wcwidth_utf8(UInt32($0))) }
}

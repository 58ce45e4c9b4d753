import CNcursesw

/// What terminfo says about a terminal type, for `np6-subs doctor`: ncurses reads the same
/// database the browser will, so a TERM it knows here is one the browser can draw on.
public enum TerminfoProbe {
    /// The number of colours terminfo gives `term` (0 when it says none), or nil when terminfo
    /// has no entry for it.
    public static func colors(term: String) -> Int? {
        var colors: Int32 = -1
        guard np6_terminfo_colors(term, &colors) == 1 else { return nil }
        return max(0, Int(colors))
    }
}

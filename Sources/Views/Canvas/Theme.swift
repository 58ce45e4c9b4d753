/// The program's styles by role, so a widget says what a thing is, not how it looks.
/// Every role stays distinguishable without colour (bold, reverse, underline), for `NO_COLOR`
/// and monochrome terminals.
public enum Theme {
    public static let header = Style(foreground: .black, background: .cyan, reverse: false)
    public static let headerTitle = Style(foreground: .black, background: .cyan, bold: true)
    public static let demoBadge = Style(foreground: .black, background: .yellow, bold: true, reverse: false)
    public static let readOnlyBadge = Style(foreground: .white, background: .blue, bold: true)
    /// `--read-write` over a read-only profile: a warning, not a state to forget.
    public static let readWriteBadge = Style(foreground: .black, background: .yellow, bold: true)
    /// The header of a production profile. Without colour: reverse video, bold and underlined,
    /// so it never reads as the plain (reverse) header.
    public static let productionBand = Style(foreground: .white, background: .red, bold: true, underline: true)
    public static let columnTitle = Style(bold: true, underline: true)
    public static let selectedRow = Style(reverse: true)
    public static let selectedRowUnfocused = Style(bold: true, underline: true)
    public static let muted = Style(dim: true)
    public static let label = Style(foreground: .cyan)
    public static let heading = Style(foreground: .cyan, bold: true)
    public static let border = Style(dim: true)
    public static let focusedBorder = Style(foreground: .cyan, bold: true)
    public static let danger = Style(foreground: .red, bold: true)
    public static let dangerBorder = Style(foreground: .red, bold: true)
    public static let success = Style(foreground: .green, bold: true)
    public static let warning = Style(foreground: .yellow, bold: true)
    public static let info = Style(bold: true)
    public static let banner = Style(foreground: .white, background: .red, bold: true)
    public static let keyHint = Style(foreground: .cyan, bold: true)
    public static let button = Style(bold: false)
    public static let focusedButton = Style(reverse: true, underline: false)
    public static let focusedDangerButton = Style(foreground: .red, bold: true, reverse: true)
    public static let input = Style(underline: true)
    /// Characters that match the filter.
    public static let match = Style(foreground: .yellow, bold: true, underline: true)
}

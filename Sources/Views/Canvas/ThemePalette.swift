/// Every role's style in one theme: `dark` (the default), `light`, `high-contrast`, `deuteranopia`,
/// then a config's `colors:` over single roles (`ThemePalette.customized`). The production band
/// stays unmistakable in each: its own colours, bold and underlined (reverse video without colour).
public struct ThemePalette: Sendable, Equatable {
    public var header = Style(foreground: .black, background: .cyan, reverse: false)
    public var headerTitle = Style(foreground: .black, background: .cyan, bold: true)
    public var demoBadge = Style(foreground: .black, background: .yellow, bold: true, reverse: false)
    public var readOnlyBadge = Style(foreground: .white, background: .blue, bold: true)
    public var readWriteBadge = Style(foreground: .black, background: .yellow, bold: true)
    /// The header of a production profile. Without colour: reverse video, bold and underlined,
    /// so it never reads as the plain (reverse) header.
    public var productionBand = Style(foreground: .white, background: .red, bold: true, underline: true)
    public var columnTitle = Style(bold: true, underline: true)
    public var selectedRow = Style(reverse: true)
    public var selectedRowUnfocused = Style(bold: true, underline: true)
    public var muted = Style(dim: true)
    public var label = Style(foreground: .cyan)
    public var heading = Style(foreground: .cyan, bold: true)
    public var border = Style(dim: true)
    public var focusedBorder = Style(foreground: .cyan, bold: true)
    public var danger = Style(foreground: .red, bold: true)
    public var dangerBorder = Style(foreground: .red, bold: true)
    public var success = Style(foreground: .green, bold: true)
    public var warning = Style(foreground: .yellow, bold: true)
    public var info = Style(bold: true)
    public var banner = Style(foreground: .white, background: .red, bold: true)
    public var keyHint = Style(foreground: .cyan, bold: true)
    public var button = Style(bold: false)
    public var focusedButton = Style(reverse: true, underline: false)
    public var focusedDangerButton = Style(foreground: .red, bold: true, reverse: true)
    public var input = Style(underline: true)
    /// Characters that match the filter or a search.
    public var match = Style(foreground: .yellow, bold: true, underline: true)

    public init() {}

    /// `theme:`'s words, in the order docs/configuration.md lists them.
    public static let names = ["dark", "light", "high-contrast", "deuteranopia"]

    public static func named(_ name: String) -> ThemePalette? {
        switch name.lowercased() {
        case "dark": .dark
        case "light": .light
        case "high-contrast": .highContrast
        case "deuteranopia": .deuteranopia
        default: nil
        }
    }

    /// Today's colours, for a dark background.
    public static let dark = ThemePalette()

    /// For light backgrounds: no dim text and no cyan or yellow on white; blue labels and keys,
    /// grey for what is secondary, matches on a yellow background.
    public static let light: ThemePalette = {
        var theme = ThemePalette()
        theme.header = Style(foreground: .brightWhite, background: .blue)
        theme.headerTitle = Style(foreground: .brightWhite, background: .blue, bold: true)
        theme.muted = Style(foreground: .gray)
        theme.border = Style(foreground: .gray)
        theme.label = Style(foreground: .blue)
        theme.heading = Style(foreground: .blue, bold: true)
        theme.focusedBorder = Style(foreground: .blue, bold: true)
        theme.keyHint = Style(foreground: .blue, bold: true)
        theme.warning = Style(foreground: Color(130), bold: true)
        theme.match = Style(foreground: .black, background: .yellow, bold: true, underline: true)
        return theme
    }()

    /// Bold and plain, white on black or black on white: no dim text, no colour on colour that
    /// a projector or a tired eye loses.
    public static let highContrast: ThemePalette = {
        var theme = ThemePalette()
        theme.header = Style(foreground: .black, background: .brightWhite, bold: true)
        theme.headerTitle = Style(foreground: .black, background: .brightWhite, bold: true)
        theme.productionBand = Style(foreground: .brightWhite, background: .brightRed, bold: true, underline: true)
        theme.muted = Style()
        theme.border = Style(bold: true)
        theme.label = Style(bold: true)
        theme.heading = Style(bold: true, underline: true)
        theme.focusedBorder = Style(foreground: .brightWhite, bold: true)
        theme.selectedRow = Style(bold: true, reverse: true)
        theme.keyHint = Style(bold: true, reverse: true)
        theme.danger = Style(foreground: .brightRed, bold: true, underline: true)
        theme.dangerBorder = Style(foreground: .brightRed, bold: true)
        theme.match = Style(foreground: .black, background: .yellow, bold: true, underline: true)
        return theme
    }()

    /// Never red against green alone: production is an orange band with black text (bold and
    /// underlined), success is blue, errors orange and underlined, matches on a blue background.
    public static let deuteranopia: ThemePalette = {
        var theme = ThemePalette()
        theme.productionBand = Style(foreground: .black, background: .orange, bold: true, underline: true)
        theme.banner = Style(foreground: .black, background: .orange, bold: true)
        theme.danger = Style(foreground: .orange, bold: true, underline: true)
        theme.dangerBorder = Style(foreground: .orange, bold: true)
        theme.focusedDangerButton = Style(foreground: .orange, bold: true, reverse: true)
        theme.success = Style(foreground: Color(33), bold: true)
        theme.match = Style(foreground: .brightWhite, background: Color(25), bold: true, underline: true)
        return theme
    }()
}

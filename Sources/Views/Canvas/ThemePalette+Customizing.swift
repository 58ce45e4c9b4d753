import Essentials
import Localization
import NP6
import Primitives

extension ThemePalette {
    /// The roles `colors:` may set, as config files name them.
    public static let roles = ["header", "production_band", "match", "selection", "error", "dim"]

    /// The theme `theme:` names (dark without one), then `colors:` over single roles, and a
    /// warning for each word ignored (with its nearest known one).
    public static func customized(theme: ConfigEntry.Value?, colors: [ConfigEntry]) -> (
        palette: ThemePalette, warnings: [ConfigWarning]
    ) {
        var warnings: [ConfigWarning] = []
        var palette = ThemePalette.dark
        if let theme {
            if let named = ThemePalette.named(theme.text) {
                palette = named
            } else {
                warnings.append(
                    warning(
                        Message.themeUnknown(name: UntrustedText.sanitized(theme.text)).text(), theme.text,
                        among: names, line: theme.line, column: theme.column))
            }
        }
        for entry in colors {
            let role = entry.name.lowercased().replacingAll("-", with: "_")
            guard roles.contains(role) else {
                warnings.append(
                    warning(
                        Message.colorsUnknownRole(role: UntrustedText.sanitized(entry.name)).text(), role, among: roles,
                        line: entry.line, column: entry.column))
                continue
            }
            guard entry.values.count == 1, let value = entry.values.first else { continue }
            let words = value.text.split(separator: " ").map(String.init)
            let parsed =
                words.count == 3 && words[1].lowercased() == "on"
                ? [Color(configName: words[0]), Color(configName: words[2])]
                : words.count == 1 ? [Color(configName: words[0])] : [nil]
            guard parsed.allSatisfy({ $0 != nil }) else {
                let bad = words.first { Color(configName: $0) == nil && $0.lowercased() != "on" } ?? value.text
                warnings.append(
                    warning(
                        Message.colorsUnknownColor(color: UntrustedText.sanitized(value.text)).text(), bad.lowercased(),
                        among: Color.configNames, line: value.line, column: value.column))
                continue
            }
            palette.set(role, parsed.compactMap { $0 })
        }
        return (palette, warnings)
    }

    /// One colour sets what the role is mostly seen by (a band's background, a text's colour);
    /// two (`black on yellow`) set the text and its background.
    mutating func set(_ role: String, _ colors: [Color]) {
        let text = colors.count == 2 ? colors[0] : nil
        let main = colors.count == 2 ? colors[1] : colors[0]
        switch role {
        case "header":
            header.background = main
            headerTitle.background = main
            if let text { (header.foreground, headerTitle.foreground) = (text, text) }
        case "production_band":
            productionBand.background = main
            if let text { productionBand.foreground = text }
        case "selection":
            selectedRow = Style(foreground: text, background: main, bold: true)
        case "match":
            if let text { (match.foreground, match.background) = (text, main) } else { match.foreground = main }
        case "error":
            for keyPath in [\ThemePalette.danger, \.dangerBorder, \.focusedDangerButton] {
                self[keyPath: keyPath].foreground = main
            }
            banner.background = main
            if let text { banner.foreground = text }
        default:  // dim
            muted = Style(foreground: main)
            border = Style(foreground: main)
        }
    }

    static func warning(_ message: String, _ word: String, among known: [String], line: Int, column: Int)
        -> ConfigWarning
    {
        var text = message
        if let nearest = EditDistance.nearest(to: word, among: known, allowing: { max(2, $0.count / 3) }) {
            text += Message.configDidYouMean(nearest: nearest).text()
        }
        return ConfigWarning(line: line, column: column, message: text)
    }
}

import Browser
import Primitives
import Settings
import Views

/// The config's `keys:`, `theme:` and `colors:`, put in force for the process before anything is
/// drawn or printed: the key map (`KeyMap.active`) and the theme (`Theme.active`). What they
/// could not use is said on standard error, and returned so that the browser's band repeats it.
public enum Preferences {
    @discardableResult
    public static func apply(_ config: ProfileConfig?, warn: (String) -> Void) -> [String] {
        guard let config else { return [] }
        let (table, keyWarnings) = KeyTable.customized(config.keys)
        KeyMap.setProcessTable(table)
        let (palette, themeWarnings) = ThemePalette.customized(theme: config.theme, colors: config.colors)
        Theme.setProcessPalette(palette)
        let notices = (keyWarnings + themeWarnings).map { $0.located(in: config.path) }
        for notice in notices { warn(notice) }
        return notices
    }
}

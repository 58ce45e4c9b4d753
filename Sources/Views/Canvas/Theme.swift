import Essentials

/// The program's styles by role, so a widget says what a thing is, not how it looks. The theme in
/// force (`active`) is chosen once at start for the process (`theme:` and `colors:`), and scoped per
/// task where a test renders another, as `Localization` does for languages. Every role stays
/// distinguishable without colour (bold, reverse, underline), for `NO_COLOR` and monochrome terminals.
public enum Theme {
    private static let setting = ProcessSetting(ThemePalette.dark)

    public static var active: ThemePalette { setting.current }

    /// Set once, at start, before anything is drawn.
    public static func setProcessPalette(_ palette: ThemePalette) { setting.set(palette) }

    /// Runs `body` with `palette` in force, for this task and the tasks it starts.
    @discardableResult
    public static func with<T>(_ palette: ThemePalette, _ body: () throws -> T) rethrows -> T {
        try setting.with(palette, body)
    }

    public static var header: Style { active.header }
    public static var headerTitle: Style { active.headerTitle }
    public static var demoBadge: Style { active.demoBadge }
    public static var readOnlyBadge: Style { active.readOnlyBadge }
    public static var readWriteBadge: Style { active.readWriteBadge }
    public static var productionBand: Style { active.productionBand }
    public static var columnTitle: Style { active.columnTitle }
    public static var selectedRow: Style { active.selectedRow }
    public static var selectedRowUnfocused: Style { active.selectedRowUnfocused }
    public static var muted: Style { active.muted }
    public static var label: Style { active.label }
    public static var heading: Style { active.heading }
    public static var border: Style { active.border }
    public static var focusedBorder: Style { active.focusedBorder }
    public static var danger: Style { active.danger }
    public static var dangerBorder: Style { active.dangerBorder }
    public static var success: Style { active.success }
    public static var warning: Style { active.warning }
    public static var info: Style { active.info }
    public static var banner: Style { active.banner }
    public static var keyHint: Style { active.keyHint }
    public static var button: Style { active.button }
    public static var focusedButton: Style { active.focusedButton }
    public static var focusedDangerButton: Style { active.focusedDangerButton }
    public static var input: Style { active.input }
    public static var match: Style { active.match }
}

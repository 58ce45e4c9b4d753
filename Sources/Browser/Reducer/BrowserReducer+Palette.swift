import Localization

extension BrowserReducer {
    /// `:`: the palette opens over the list with an empty field, every command listed.
    static func openPalette(_ state: inout BrowserState) {
        state.overlay = .palette(CommandPalette())
    }

    /// Enter: the focused command runs as its key would in the list, so one that writes opens
    /// its confirmation. One that does nothing now stays listed with its reason, and Enter on it
    /// leaves the palette open.
    static func runPaletteCommand(_ state: inout BrowserState) -> [Effect] {
        guard case .palette(let palette)? = state.overlay else { return [] }
        let entries = CommandPalette.entries(for: palette.field.text, in: state)
        guard entries.indices.contains(palette.focus), entries[palette.focus].availability.isAvailable else {
            return []
        }
        state.overlay = nil
        return perform(entries[palette.focus].binding.command, &state)
    }

    static func movePaletteFocus(_ state: inout BrowserState, _ movement: Movement) {
        guard case .palette(var palette)? = state.overlay else { return }
        let count = CommandPalette.entries(for: palette.field.text, in: state).count
        let page = max(1, PaletteLayout(size: state.size).rows)
        switch movement {
        case .down: palette.focus += 1
        case .up: palette.focus -= 1
        case .pageDown: palette.focus += page
        case .pageUp: palette.focus -= page
        case .first: palette.focus = 0
        case .last: palette.focus = count - 1
        }
        palette.focus = max(0, min(palette.focus, count - 1))
        state.overlay = .palette(palette)
    }
}

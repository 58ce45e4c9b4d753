import Browser
import Formatting

/// The last row: a flash message if there is one, otherwise the keys that work right now.
enum StatusLineView {
    static func draw(_ state: BrowserState, into canvas: inout Canvas, rect: Rect) {
        canvas.fill(rect)
        if let flash = state.flash {
            let style: Style
            switch flash.kind {
            case .info: style = Theme.info
            case .success: style = Theme.success
            case .warning: style = Theme.warning
            case .error: style = Theme.danger
            }
            canvas.put(" " + DisplayWidth.truncate(flash.text, width: rect.width - 1), row: rect.top, column: rect.left, style: style)
            return
        }
        var column = rect.left + 1
        for (key, action) in hints(state) {
            let needed = DisplayWidth.of(key) + 1 + DisplayWidth.of(action) + 2
            if column + needed > rect.right { break }
            column += canvas.put(key, row: rect.top, column: column, style: Theme.keyHint)
            column += canvas.put(" " + action + "  ", row: rect.top, column: column, style: Theme.muted)
        }
    }

    static func hints(_ state: BrowserState) -> [(String, String)] {
        switch state.overlay {
        case .prompt?: return [("Enter", "fetch"), ("Tab", "kind"), ("↑↓", "recent"), ("Esc", "close")]
        case .confirmDelete?: return [("y", "delete"), ("n/Esc", "cancel"), ("Tab", "switch")]
        case .confirmRestore?: return [("y", "re-create"), ("n/Esc", "cancel"), ("Tab", "switch")]
        case .confirmDeleteAll?: return [("Enter", "confirm"), ("Esc", "cancel")]
        case .help?: return [("Esc/?", "close"), ("j/k", "scroll")]
        case nil: break
        }
        if state.filterEditing {
            return [("Enter", "keep filter"), ("Esc", "clear filter"), ("^F", state.fuzzyFilter ? "literal" : "fuzzy"), ("↑↓", "move")]
        }
        var hints: [(String, String)] = []
        if state.pending != nil { hints.append(("Esc", "cancel")) }
        hints += [("o", "lookup"), ("/", "filter")]
        if !state.environment.readOnly {
            hints += [("d", state.marked.isEmpty ? "delete" : "delete \(state.marked.count) marked"), ("D", "delete all"), ("␣", "mark")]
            if !state.lastDeleted.isEmpty { hints.append(("u", "undo")) }
        }
        hints += [("c", "copy"), ("r", "refresh"), ("Tab", "detail"), ("?", "help"), ("q", "quit")]
        return hints
    }
}

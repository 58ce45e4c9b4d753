import Browser
import Formatting
import Primitives

/// The last row: a flash message if there is one, otherwise the keys that do something now
/// (from the key map). `? help` and `q quit` are kept whatever the width.
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
            canvas.put(
                " " + DisplayWidth.truncate(flash.text, width: rect.width - 1), row: rect.top, column: rect.left,
                style: style)
            return
        }
        let hints = BrowserReducer.hints(for: state)
        let pinned = hints.filter(\.pinned)
        var room = rect.width - 1 - pinned.reduce(0) { $0 + width(of: $1) }
        var shown: [KeyHint] = []
        for hint in hints where !hint.pinned {
            // Stop at the first that does not fit: the order is by importance.
            guard width(of: hint) <= room else { break }
            room -= width(of: hint)
            shown.append(hint)
        }
        var column = rect.left + 1
        for hint in shown + pinned {
            column += canvas.put(hint.key, row: rect.top, column: column, style: Theme.keyHint)
            column += canvas.put(" " + hint.text + "  ", row: rect.top, column: column, style: Theme.muted)
        }
    }

    static func width(of hint: KeyHint) -> Int {
        DisplayWidth.of(hint.key) + 1 + DisplayWidth.of(hint.text) + 2
    }
}

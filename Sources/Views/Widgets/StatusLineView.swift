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
        // Two spaces between hints; one where the list and the detail are stacked and one space
        // makes room for more, which keeps sort and refresh at 80 columns. Ordered by importance,
        // so the line stops at the first hint that does not fit.
        let roomy = shown(hints, width: rect.width, gap: 2)
        let cramped = rect.width < ScreenLayout.sideBySideColumns && roomy.count < hints.count
        let tight = cramped ? shown(hints, width: rect.width, gap: 1) : roomy
        let gap = tight.count > roomy.count ? 1 : 2
        let line = gap == 1 ? tight : roomy
        var column = rect.left + 1
        for hint in line {
            column += canvas.put(hint.key, row: rect.top, column: column, style: Theme.keyHint)
            column += canvas.put(
                " " + hint.text + String(repeating: " ", count: gap), row: rect.top, column: column, style: Theme.muted)
        }
    }

    /// The hints that fit in `width` with `gap` spaces after each: by importance, then the pinned
    /// ones (`? help`, `q quit`, the mode) last, whatever the width.
    static func shown(_ hints: [KeyHint], width: Int, gap: Int) -> [KeyHint] {
        let pinned = hints.filter(\.pinned)
        var room = width - 1 - pinned.reduce(0) { $0 + self.width(of: $1, gap: gap) }
        var shown: [KeyHint] = []
        for hint in hints where !hint.pinned {
            guard self.width(of: hint, gap: gap) <= room else { break }
            room -= self.width(of: hint, gap: gap)
            shown.append(hint)
        }
        return shown + pinned
    }

    static func width(of hint: KeyHint, gap: Int) -> Int {
        DisplayWidth.of(hint.key) + 1 + DisplayWidth.of(hint.text) + gap
    }
}

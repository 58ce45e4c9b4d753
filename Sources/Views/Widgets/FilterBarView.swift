import Browser
import Formatting
import NP6

/// `/ terms…` with the count of matches out of the total.
enum FilterBarView {
    static func draw(_ state: BrowserState, into canvas: inout Canvas, rect: Rect) {
        canvas.fill(rect)
        let mode = state.fuzzyFilter ? " fuzzy" : ""
        // While a large list is filtered off the UI thread the old rows stay; say they are old.
        let count =
            state.filter.error != nil ? " error "
            : state.runningFilter != nil ? "\(mode) filtering… \(state.visible.count)/\(state.subscriptions.count) "
            : "\(mode) \(state.visible.count)/\(state.subscriptions.count) "
        let countWidth = DisplayWidth.of(count)
        canvas.put(count, row: rect.top, column: rect.right - countWidth, style: state.visible.isEmpty ? Theme.danger : Theme.info)
        canvas.put("/", row: rect.top, column: rect.left, style: Theme.keyHint)
        let fieldWidth = max(0, rect.width - countWidth - 3)
        let text = UntrustedText.sanitized(state.filterField.text)
        let used = canvas.put(
            DisplayWidth.truncate(text, width: fieldWidth), row: rect.top, column: rect.left + 2, style: state.filterEditing ? Theme.input : .plain,
            width: fieldWidth)
        if let error = state.filter.error {
            // A malformed query matches nothing; say why right where it is typed.
            canvas.put(" ✗ " + error, row: rect.top, column: rect.left + 2 + used, style: Theme.danger, width: max(0, fieldWidth - used))
        }
        if state.filterEditing, state.overlay == nil {
            let beforeCursor = String(state.filterField.text.prefix(state.filterField.cursor))
            canvas.cursor = (rect.top, min(rect.left + 2 + DisplayWidth.of(UntrustedText.sanitized(beforeCursor)), rect.right - countWidth - 1))
        }
    }
}

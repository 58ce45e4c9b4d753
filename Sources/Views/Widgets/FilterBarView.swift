import Browser
import Essentials
import Formatting
import Localization
import NP6
import Primitives

/// `/ terms…` with the count of matches out of the total.
enum FilterBarView {
    static func draw(_ state: BrowserState, into canvas: inout Canvas, rect: Rect) {
        canvas.fill(rect)
        let mode = state.fuzzyFilter ? " \(Message.filterFuzzy)" : ""
        // While a large list is filtered off the UI thread, or waits for its index, the old rows
        // stay; say they are old.
        let counted = "\(NumberText.grouped(state.visible.count))/\(NumberText.grouped(state.subscriptions.count)) "
        let count =
            state.filter.error != nil
            ? " \(Message.filterError) "
            : state.waitingForIndex
                ? "\(mode) \(Message.filterIndexing) \(counted)"
                : state.runningFilter != nil ? "\(mode) \(Message.filterFiltering) \(counted)" : "\(mode) \(counted)"
        let countWidth = DisplayWidth.of(count)
        canvas.put(
            count, row: rect.top, column: rect.right - countWidth,
            style: state.visible.isEmpty ? Theme.danger : Theme.info)
        canvas.put("/", row: rect.top, column: rect.left, style: Theme.keyHint)
        let fieldWidth = max(0, rect.width - countWidth - 3)
        // What the query's reading needs said: why it is invalid, or how a term was taken.
        let remark: (text: String, style: Style)? =
            state.filter.error.map { (" ✗ " + $0, Theme.danger) }
            ?? state.filter.notices.first.map { (" ⚠ " + $0, Theme.warning) }
        let remarkWidth = min(remark.map { DisplayWidth.of($0.text) } ?? 0, max(0, fieldWidth - 8))
        // The remark is never cut while the field has room: the typed text gives way and keeps its
        // end (where the cursor usually is).
        let text = UntrustedText.sanitized(state.filterField.text)
        let textWidth = max(0, fieldWidth - remarkWidth)
        let shown =
            DisplayWidth.of(text) <= textWidth
            ? text : "…" + DisplayWidth.truncateFromStart(text, width: max(0, textWidth - 1))
        let used = canvas.put(
            shown, row: rect.top, column: rect.left + 2, style: state.filterEditing ? Theme.input : .plain,
            width: textWidth)
        if let remark {
            canvas.put(
                remark.text, row: rect.top, column: rect.left + 2 + used, style: remark.style,
                width: max(0, fieldWidth - used))
        }
        if state.filterEditing, state.overlay == nil {
            let beforeCursor = String(state.filterField.text.prefix(state.filterField.cursor))
            let afterCursor =
                DisplayWidth.of(UntrustedText.sanitized(state.filterField.text))
                - DisplayWidth.of(UntrustedText.sanitized(beforeCursor))
            canvas.cursor = (
                rect.top, max(rect.left + 2, min(rect.left + 2 + used - afterCursor, rect.right - countWidth - 1))
            )
        }
    }
}

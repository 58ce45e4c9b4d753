import Browser
import Formatting
import Localization
import NP6
import Primitives

/// The detail box: Provider, Application, Contact and Lifecycle of the selected subscription.
enum DetailView {
    static func draw(_ state: BrowserState, into canvas: inout Canvas, rect: Rect) {
        let focused = state.focus == .detail
        let title = (focused ? Message.detailTitleFocused(key: KeyMap.label(of: .toggleFocus)) : .detailTitle).text()
        canvas.box(rect, title: title, style: focused ? Theme.focusedBorder : Theme.border)
        guard let subscription = state.selectedSubscription else {
            if rect.height > 2 {
                canvas.put(
                    Message.detailNothingSelected.text(), row: rect.top + 1, column: rect.left + 2, style: Theme.muted,
                    width: rect.width - 4)
            }
            return
        }
        let width = max(0, rect.width - 4)
        let document = state.detail(of: subscription, width: width)
        let visibleRows = max(0, rect.height - 2)
        let maximumScroll = max(0, document.lines.count - visibleRows)
        let scroll = min(state.detailScroll, maximumScroll)
        for (offset, line) in document.lines.dropFirst(scroll).prefix(visibleRows).enumerated() {
            let row = rect.top + 1 + offset
            let left = rect.left + 2
            switch line.role {
            case .heading:
                let rule = String(repeating: "─", count: max(0, width - DisplayWidth.of(line.label) - 1))
                canvas.put(line.label, row: row, column: left, style: Theme.heading, width: width)
                canvas.put(
                    " " + rule, row: row, column: left + DisplayWidth.of(line.label), style: Theme.border,
                    width: width - DisplayWidth.of(line.label))
            case .field, .continuation:
                canvas.put(line.label, row: row, column: left, style: Theme.label, width: DetailDocument.labelWidth)
                let valueWidth = width - DetailDocument.labelWidth - 1
                canvas.put(line.value, row: row, column: left + DetailDocument.labelWidth + 1, width: valueWidth)
                MatchHighlighter.mark(
                    line.value, row: row, column: left + DetailDocument.labelWidth + 1, width: valueWidth,
                    query: state.filter, in: &canvas)
            case .note:
                canvas.put(
                    line.value, row: row, column: left + DetailDocument.labelWidth + 1, style: Theme.muted,
                    width: width - DetailDocument.labelWidth - 1)
            case .warning:
                canvas.put(line.value, row: row, column: left, style: Theme.warning, width: width)
            case .blank:
                break
            }
        }
        if state.detailSearch.isActive || state.detailSearch.editing {
            drawSearch(state, document: document, scroll: scroll, rect: rect, into: &canvas)
        }
        if maximumScroll > 0 {
            let marker = " " + (scroll >= maximumScroll ? Message.scrollEnd : .scrollMore).text() + " "
            canvas.put(
                marker, row: rect.bottom - 1, column: rect.right - DisplayWidth.of(marker) - 2, style: Theme.border)
        }
    }

    /// The detail's search: every match marked, the current one reversed, and the field with
    /// its count on the box's bottom border.
    static func drawSearch(
        _ state: BrowserState, document: DetailDocument, scroll: Int, rect: Rect, into canvas: inout Canvas
    ) {
        let matches = DetailMatch.all(of: state.detailSearch.text, in: document)
        let left = rect.left + 2
        let width = max(0, rect.width - 4)
        for (number, match) in matches.enumerated() where match.line >= scroll && match.line < scroll + rect.height - 2
        {
            let line = document.lines[match.line]
            let valueLeft =
                line.role == .heading || line.role == .warning ? left : left + DetailDocument.labelWidth + 1
            let text = Array(line.role == .heading ? line.label : line.value)
            let from = DisplayWidth.of(String(text.prefix(match.offset)))
            let cells = DisplayWidth.of(String(text[match.offset..<match.offset + match.length]))
            let row = rect.top + 1 + match.line - scroll
            let current = number == state.detailSearch.current
            canvas.restyle(row: row, from: valueLeft + from, width: min(cells, left + width - valueLeft - from)) { _ in
                var style = Theme.match
                style.reverse = current
                return style
            }
        }
        let count =
            matches.isEmpty
            ? Message.detailSearchNone.text()
            : Message.detailSearchMatches(current: state.detailSearch.current + 1, count: matches.count).text()
        let text = UntrustedText.sanitized(state.detailSearch.text)
        let bar = " /" + text + "  " + count + " "
        let used = canvas.put(
            bar, row: rect.bottom - 1, column: left, style: matches.isEmpty ? Theme.warning : Theme.keyHint,
            width: max(0, width - 10))
        if state.detailSearch.editing, state.overlay == nil {
            let before = UntrustedText.sanitized(
                String(state.detailSearch.field.text.prefix(state.detailSearch.field.cursor)))
            canvas.cursor = (rect.bottom - 1, min(left + used - 1, left + 2 + DisplayWidth.of(before)))
        }
    }
}

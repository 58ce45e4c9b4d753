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
        if maximumScroll > 0 {
            let marker = " " + (scroll >= maximumScroll ? Message.scrollEnd : .scrollMore).text() + " "
            canvas.put(
                marker, row: rect.bottom - 1, column: rect.right - DisplayWidth.of(marker) - 2, style: Theme.border)
        }
    }
}

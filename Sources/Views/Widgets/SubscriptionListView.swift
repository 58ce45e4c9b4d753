import Browser
import Formatting
import NP6

/// The list: one row per visible subscription, only the rows on screen formatted.
enum SubscriptionListView {
    struct Columns {
        var provider: Int
        var application: Int
        var token: Int
        var created: Int

        init(width: Int) {
            provider = 9
            created = width >= 60 ? 16 : 0
            let fixed = 1 + provider + 1 + (created > 0 ? created + 1 : 0)
            let flexible = max(0, width - fixed - 2)
            // The token keeps its start…end (17 cells) when it can; the application gets the rest.
            token = min(17, max(0, flexible - 10))
            application = max(0, flexible - token)
            if application > 32 {
                token += application - 32
                application = 32
            }
        }
    }

    static func draw(_ state: BrowserState, into canvas: inout Canvas, rect: Rect) {
        guard rect.height > 0, rect.width > 0 else { return }
        let columns = Columns(width: rect.width)
        var title = " " + DisplayWidth.pad("PROVIDER", width: columns.provider) + " " + DisplayWidth.pad("APPLICATION", width: columns.application)
        if columns.token > 0 { title += " " + DisplayWidth.pad("TOKEN", width: columns.token) }
        if columns.created > 0 { title += " " + DisplayWidth.pad("CREATED", width: columns.created) }
        canvas.put(DisplayWidth.pad(title, width: rect.width), row: rect.top, column: rect.left, style: Theme.columnTitle, width: rect.width)

        let dataRows = rect.height - 1
        guard dataRows > 0 else { return }
        if state.visible.isEmpty {
            let message = emptyMessage(state)
            canvas.put(DisplayWidth.truncate(message, width: rect.width - 2), row: rect.top + 1, column: rect.left + 1, style: Theme.muted)
            return
        }
        let end = min(state.visible.count, state.listScroll + dataRows)
        for position in state.listScroll..<end {
            let subscription = state.subscriptions[state.visible[position]]
            let row = rect.top + 1 + position - state.listScroll
            drawRow(subscription, state: state, columns: columns, into: &canvas, row: row, left: rect.left, width: rect.width)
            let isMarked = state.marked.contains(subscription.id)
            if isMarked { canvas.put("●", row: row, column: rect.left, style: Theme.danger) }
            if position == state.selection {
                let style = state.focus == .list ? Theme.selectedRow : Theme.selectedRowUnfocused
                canvas.restyle(row: row, from: rect.left, width: rect.width) { base in
                    var merged = style
                    merged.foreground = merged.foreground ?? base.foreground
                    // Keep matched characters marked on the selected row too.
                    merged.bold = merged.bold || base.bold
                    merged.underline = merged.underline || base.underline
                    return merged
                }
                canvas.put(isMarked ? "●" : "›", row: row, column: rect.left, style: style)
            }
        }
        if state.visible.count > dataRows {
            let indicator = " \(state.selection + 1)/\(state.visible.count) "
            canvas.put(indicator, row: rect.top, column: rect.right - DisplayWidth.of(indicator) - 1, style: Theme.columnTitle)
        }
    }

    static func drawRow(_ subscription: Subscription, state: BrowserState, columns: Columns, into canvas: inout Canvas, row: Int, left: Int, width: Int) {
        // One parse of the row's JSON for all its columns.
        let fields = SubscriptionFields(subscription)
        var column = left + 1
        let provider = UntrustedText.sanitized(fields.provider.type)
        canvas.put(DisplayWidth.pad(provider, width: columns.provider), row: row, column: column, style: providerStyle(fields.provider))
        MatchHighlighter.mark(provider, row: row, column: column, width: columns.provider, query: state.filter, in: &canvas)
        column += columns.provider + 1
        let application = UntrustedText.sanitized(state.applicationLabel(ofApplication: fields.application))
        canvas.put(DisplayWidth.pad(application, width: columns.application), row: row, column: column)
        MatchHighlighter.mark(application, row: row, column: column, width: columns.application, query: state.filter, in: &canvas)
        column += columns.application + 1
        if columns.token > 0 {
            let address = fields.provider.address.map { UntrustedText.sanitized($0) } ?? "—"
            let head = max(4, (columns.token - 1) * 5 / 8)
            let tail = max(3, columns.token - 1 - head)
            let shown = TokenText.shortened(address, head: head, tail: tail)
            canvas.put(DisplayWidth.pad(shown, width: columns.token), row: row, column: column, style: Theme.muted)
            MatchHighlighter.mark(shown, row: row, column: column, width: columns.token, query: state.filter, in: &canvas)
            column += columns.token + 1
        }
        if columns.created > 0 {
            let created: String
            if let date = fields.lifecycle.creation?.date {
                created = DateText.local(date, timeZone: state.environment.timeZone)
            } else {
                created = "unknown"
            }
            canvas.put(DisplayWidth.pad(created, width: columns.created), row: row, column: column)
            MatchHighlighter.mark(created, row: row, column: column, width: columns.created, query: state.filter, in: &canvas)
        }
        _ = width
    }

    static func providerStyle(_ provider: Provider) -> Style {
        switch provider.type {
        case "firebase": return Style(foreground: .yellow)
        case "apns": return Style(foreground: .blue, bold: true)
        case "http": return Style(foreground: .green)
        default: return Style(foreground: .magenta)
        }
    }

    static func emptyMessage(_ state: BrowserState) -> String {
        if state.contact == nil {
            return state.pending != nil ? "Loading…" : "No contact yet. Press o to look one up."
        }
        if state.subscriptions.isEmpty {
            return state.pending != nil ? "Loading…" : "This contact has no subscriptions."
        }
        if let error = state.filter.error { return "The filter is not valid: \(error). Esc clears it." }
        return "No subscription matches \"\(UntrustedText.sanitized(state.filter.text))\". Esc clears the filter."
    }
}

import Browser
import Essentials
import Formatting
import Localization
import NP6
import Primitives

/// The list: one row per visible subscription, only the rows on screen formatted.
enum SubscriptionListView {
    static func draw(_ state: BrowserState, into canvas: inout Canvas, rect: Rect) {
        guard rect.height > 0, rect.width > 0 else { return }
        let columns = ListColumns(width: rect.width, wide: state.screenMode == .listWide)
        drawTitles(state, columns: columns, into: &canvas, rect: rect)

        let dataRows = rect.height - 1
        guard dataRows > 0 else { return }
        if state.visible.isEmpty {
            let message = emptyMessage(state)
            canvas.put(
                DisplayWidth.truncate(message, width: rect.width - 2), row: rect.top + 1, column: rect.left + 1,
                style: Theme.muted)
            return
        }
        let end = min(state.visible.count, state.listScroll + dataRows)
        for position in state.listScroll..<end {
            let subscription = state.subscriptions[state.visible[position]]
            let row = rect.top + 1 + position - state.listScroll
            drawRow(subscription, state: state, columns: columns, into: &canvas, row: row, left: rect.left)
            let isMarked = state.marked.contains(subscription.id)
            let isForeign = state.ownership.owner(of: subscription) != nil
            if isMarked {
                canvas.put("●", row: row, column: rect.left, style: Theme.danger)
            } else if isForeign {
                canvas.put(Self.foreignFlag, row: row, column: rect.left, style: Theme.warning)
            }
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
                canvas.put(
                    isMarked ? "●" : isForeign ? Self.foreignFlag : "›", row: row, column: rect.left, style: style)
            }
        }
    }

    /// The gutter's flag for a row that is another contact's (ASCII: one cell on every terminal).
    static let foreignFlag = "!"
    /// What a foreign row's application cell starts with; the detail says whose it is.
    static let foreignPrefix = "foreign: "

    /// The column titles, the sorted one with its arrow; the position counter goes in the space
    /// the titles leave, and only there: it never covers a title.
    static func drawTitles(_ state: BrowserState, columns: ListColumns, into canvas: inout Canvas, rect: Rect) {
        let titles = titleLine(state, columns: columns)
        canvas.put(
            DisplayWidth.pad(titles.text, width: rect.width), row: rect.top, column: rect.left,
            style: Theme.columnTitle, width: rect.width)
        guard let counter = counter(state, listHeight: rect.height),
            titles.end + 1 + DisplayWidth.of(counter) <= rect.width
        else { return }
        canvas.put(counter, row: rect.top, column: rect.right - DisplayWidth.of(counter), style: Theme.columnTitle)
    }

    /// The title row's text, and where its last title ends.
    static func titleLine(_ state: BrowserState, columns: ListColumns) -> (text: String, end: Int) {
        var text = " "
        var end = 0
        for (index, entry) in columns.widths.enumerated() {
            var name = entry.column.title
            if let sort = state.sort, entry.column.sortKey == sort.key { name += " " + sort.arrow }
            if index > 0 { text += " " }
            let shown = DisplayWidth.truncate(name, width: entry.width)
            end = DisplayWidth.of(text) + DisplayWidth.of(shown)
            text += DisplayWidth.pad(shown, width: entry.width)
        }
        return (text, end)
    }

    /// ` 3/100,000 ` while the rows do not all fit (` sorting… ` while a sort runs, ` indexing… `
    /// while one waits for the index), else nil.
    static func counter(_ state: BrowserState, listHeight: Int) -> String? {
        if state.waitingForIndex && state.filter == state.shownFilter { return " \(Message.filterIndexing) " }
        if state.runningFilter != nil && state.filter == state.shownFilter { return " \(Message.listSorting) " }
        guard state.visible.count > listHeight - 1 else { return nil }
        let position = NumberText.grouped(min(state.selection + 1, state.visible.count))
        return " \(position)/\(NumberText.grouped(state.visible.count)) "
    }

    /// The counter, when the title row has no room for it: the header shows it instead.
    static func counterForHeader(_ state: BrowserState, list: Rect) -> String? {
        guard let counter = counter(state, listHeight: list.height) else { return nil }
        let end = titleLine(state, columns: ListColumns(width: list.width, wide: state.screenMode == .listWide)).end
        return end + 1 + DisplayWidth.of(counter) <= list.width ? nil : counter.trimmingWhitespace()
    }

    static func drawRow(
        _ subscription: Subscription, state: BrowserState, columns: ListColumns, into canvas: inout Canvas, row: Int,
        left: Int
    ) {
        // One parse of the row's JSON for all its columns.
        let fields = SubscriptionFields(subscription)
        var column = left + 1
        for entry in columns.widths {
            let width = entry.width
            switch entry.column {
            case .provider:
                let provider = UntrustedText.sanitized(fields.provider.type)
                canvas.put(
                    DisplayWidth.pad(provider, width: width), row: row, column: column,
                    style: providerStyle(fields.provider))
                MatchHighlighter.mark(
                    provider, row: row, column: column, width: width, query: state.filter, in: &canvas)
            case .application:
                let foreign = state.ownership.owner(of: subscription) != nil
                let application =
                    (foreign ? Self.foreignPrefix : "")
                    + UntrustedText.sanitized(state.applicationLabel(ofApplication: fields.application))
                canvas.put(DisplayWidth.pad(application, width: width), row: row, column: column)
                if foreign {
                    canvas.put(
                        DisplayWidth.truncate(Self.foreignPrefix, width: width), row: row, column: column,
                        style: Theme.warning)
                }
                MatchHighlighter.mark(
                    application, row: row, column: column, width: width, query: state.filter, in: &canvas)
            case .token:
                let address = fields.provider.address.map { UntrustedText.sanitized($0) } ?? "—"
                let head = max(4, (width - 1) * 5 / 8)
                let tail = max(3, width - 1 - head)
                let shown = TokenText.shortened(address, head: head, tail: tail)
                canvas.put(DisplayWidth.pad(shown, width: width), row: row, column: column, style: Theme.muted)
                MatchHighlighter.mark(shown, row: row, column: column, width: width, query: state.filter, in: &canvas)
            case .created, .modified:
                let event = entry.column == .created ? fields.lifecycle.creation : fields.lifecycle.modification
                let text = dateText(
                    event, width: width, timeZone: state.environment.timeZone,
                    missing: (entry.column == .created ? Message.detailUnknown : .detailNever).text())
                canvas.put(
                    DisplayWidth.pad(text, width: width), row: row, column: column,
                    style: event?.date == nil ? Theme.muted : .plain)
                MatchHighlighter.mark(text, row: row, column: column, width: width, query: state.filter, in: &canvas)
            case .id:
                let id = String(UntrustedText.sanitized(subscription.id).prefix(width))
                canvas.put(DisplayWidth.pad(id, width: width), row: row, column: column, style: Theme.muted)
                MatchHighlighter.mark(id, row: row, column: column, width: width, query: state.filter, in: &canvas)
            }
            column += width + 1
        }
    }

    /// `2023-05-22 10:20`, or the date alone in a narrow column; `never` for a change that did
    /// not happen, `unknown` for a date the server wrote in a form that cannot be read.
    static func dateText(_ event: LifecycleEvent?, width: Int, timeZone: LocalTimeZone, missing: String) -> String {
        guard let event else { return missing }
        guard let date = event.date else { return "unknown" }
        let text = DateText.local(date, timeZone: timeZone)
        return width < ListColumns.dateWidth ? String(text.prefix(ListColumns.compactDateWidth)) : text
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
            return state.pending != nil
                ? Message.listLoading.text()
                : Message.listNoContact(key: KeyMap.label(of: .openPrompt, in: .browse)).text()
        }
        if state.subscriptions.isEmpty {
            return state.pending != nil ? Message.listLoading.text() : Message.listNoSubscriptions.text()
        }
        let clear = KeyMap.label(of: .clearFilter, in: .filter)
        if let error = state.filter.error { return Message.listFilterInvalid(error: error, key: clear).text() }
        return Message.listNoMatch(query: UntrustedText.sanitized(state.filter.text), key: clear).text()
    }
}

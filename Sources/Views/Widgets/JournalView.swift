import Browser
import Essentials
import Formatting
import Localization
import NP6
import Primitives

/// `J`: the journal of the profile in use over the whole screen. The table has the columns of
/// `np6-subs journal` (the contact, the outcome and the reason give way on a narrow screen), the
/// newest entry first; the entries of the contact on screen carry a `●` and stand out. Under the
/// table, the focused entry in full. The status line under it says the keys, or why `u` did
/// nothing.
enum JournalView {
    static func draw(_ journal: JournalBrowser, state: BrowserState, into canvas: inout Canvas) {
        let layout = JournalLayout(size: state.size)
        canvas.box(layout.box, title: title(journal, state: state), style: Theme.focusedBorder)
        let width = layout.table.width
        switch journal.content {
        case .loading:
            canvas.put(
                Message.journalReading.text(), row: layout.table.top, column: layout.table.left, style: Theme.muted)
        case .unreadable(let message):
            for (offset, line) in DisplayWidth.wrap(
                Message.journalUnreadable(problem: UntrustedText.sanitized(message)).text(), width: width
            ).prefix(layout.table.height).enumerated() {
                canvas.put(line, row: layout.table.top + offset, column: layout.table.left, style: Theme.warning)
            }
        case .loaded(let listing):
            drawFilter(journal, into: &canvas, layout: layout)
            if listing.rows.isEmpty {
                canvas.put(
                    Message.journalEmpty.text(), row: layout.table.top,
                    column: layout.table.left, style: Theme.muted, width: width)
            } else if journal.visible.isEmpty {
                canvas.put(
                    Message.journalNoMatch.text(), row: layout.table.top, column: layout.table.left,
                    style: Theme.muted, width: width)
            }
            drawTable(listing, journal: journal, state: state, into: &canvas, layout: layout)
            if let row = journal.focusedRow { drawDetails(row, into: &canvas, rect: layout.details) }
        }
    }

    /// `Journal · profile staging · 12 entries (3 shown)`.
    static func title(_ journal: JournalBrowser, state: BrowserState) -> String {
        let profile =
            state.connection.profile.map { Message.journalTitleProfile(name: UntrustedText.sanitized($0.name)) }
            ?? Message.journalTitleNoProfile
        var title = Message.journalTitle(profile: profile.text()).text()
        if let listing = journal.listing {
            title += " · \(Message.journalEntryCount(count: listing.rows.count))"
            if journal.visible.count != listing.rows.count {
                title += " \(Message.journalShown(count: journal.visible.count))"
            }
        }
        return title
    }

    static func drawFilter(_ journal: JournalBrowser, into canvas: inout Canvas, layout: JournalLayout) {
        let left = layout.table.left
        guard journal.filterEditing || !journal.filterField.text.isEmpty else {
            canvas.put(
                Message.journalFilterHint(key: KeyMap.label(of: .openJournalFilter, in: .journal)).text(),
                row: layout.filterRow, column: left, style: Theme.muted,
                width: layout.table.width)
            return
        }
        let used = canvas.put("/ ", row: layout.filterRow, column: left, style: Theme.keyHint)
        let text = UntrustedText.sanitized(journal.filterField.text)
        canvas.put(
            text, row: layout.filterRow, column: left + used, style: Theme.input, width: layout.table.width - used)
        if journal.filterEditing {
            let before = UntrustedText.sanitized(String(journal.filterField.text.prefix(journal.filterField.cursor)))
            canvas.cursor = (layout.filterRow, min(layout.table.right - 1, left + used + DisplayWidth.of(before)))
        }
    }

    static func drawTable(
        _ listing: JournalListing, journal: JournalBrowser, state: BrowserState, into canvas: inout Canvas,
        layout: JournalLayout
    ) {
        // After a resize the focused entry may be off the page until the next key: show it anyway.
        let scroll = min(journal.focus, max(journal.scroll, journal.focus - layout.tableRows + 1))
        let shown = journal.rows(from: scroll, count: layout.tableRows)
        let cells = shown.map { $0.cells.map(UntrustedText.sanitized) }
        // Two cells of gutter (● and a space) before the first column.
        let widths = ColumnFit.widths(
            header: listing.header, rows: cells, maximumWidth: layout.table.width - 2, shrinking: listing.shrinking)
        func line(_ cells: [String]) -> String {
            zip(cells, widths).map { DisplayWidth.pad(DisplayWidth.truncate($0, width: $1), width: $1) }
                .joined(separator: "  ")
        }
        canvas.put(
            "  " + line(listing.header), row: layout.headerRow, column: layout.table.left, style: Theme.columnTitle,
            width: layout.table.width)
        let unicity = state.contactUnicity
        for (offset, row) in shown.enumerated() {
            let focused = scroll + offset == journal.focus
            let mine = row.isAbout(state.contact, unicity: unicity)
            let style = focused ? Theme.selectedRow : mine ? Theme.info : .plain
            let text = DisplayWidth.pad((mine ? "● " : "  ") + line(cells[offset]), width: layout.table.width)
            canvas.put(
                text, row: layout.table.top + offset, column: layout.table.left, style: style, width: layout.table.width
            )
        }
    }

    /// The focused entry in full, as `journal --wide` says it, one label a line.
    static func drawDetails(_ row: JournalRow, into canvas: inout Canvas, rect: Rect) {
        guard rect.height > 0 else { return }
        canvas.put(String(repeating: "─", count: rect.width), row: rect.top - 1, column: rect.left, style: Theme.border)
        let labelWidth = 10
        for (offset, detail) in row.details.prefix(rect.height).enumerated() {
            canvas.put(detail.label, row: rect.top + offset, column: rect.left, style: Theme.label, width: labelWidth)
            canvas.put(
                DisplayWidth.truncate(UntrustedText.sanitized(detail.value), width: rect.width - labelWidth),
                row: rect.top + offset, column: rect.left + labelWidth)
        }
    }
}

import Primitives

/// Where the journal (`J`) draws its parts: a box between the header and the status line (which
/// keep saying where requests go and which keys work), in it the filter line, the columns'
/// header, the entries and the focused entry's details (as many lines as the height spares).
/// The reducer pages by `tableRows`, the view draws by the same numbers.
public struct JournalLayout: Sendable, Equatable {
    public let box: Rect
    public let filterRow: Int
    public let headerRow: Int
    public let table: Rect
    public let details: Rect

    public init(size: TerminalSize) {
        box = Rect(top: 1, left: 0, height: size.rows - 2, width: size.columns)
        let inner = Rect(top: box.top + 1, left: box.left + 2, height: box.height - 2, width: box.width - 4)
        filterRow = inner.top
        headerRow = inner.top + 1
        // What is left under the columns' header: the entries first, then the details.
        let room = max(0, inner.bottom - (headerRow + 1))
        let detailLines = room >= 20 ? 6 : room >= 12 ? 4 : room >= 8 ? 2 : 0
        let tableHeight = max(1, room - detailLines - (detailLines > 0 ? 1 : 0))
        table = Rect(top: headerRow + 1, left: inner.left, height: min(room, tableHeight), width: inner.width)
        details = Rect(top: inner.bottom - detailLines, left: inner.left, height: detailLines, width: inner.width)
    }

    /// Entries shown at once: a page for PgUp/PgDn.
    public var tableRows: Int { max(1, table.height) }
}

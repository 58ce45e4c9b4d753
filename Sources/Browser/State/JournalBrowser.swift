/// `J`: the journal of the profile in use, over the browser. It is read off the UI thread
/// (`loading` until then), filtered with `/` as the list is (every term must appear; smart
/// case), and `u` on an entry re-creates what it removed, after the usual confirmation.
public struct JournalBrowser: Sendable, Equatable {
    public enum Content: Sendable, Equatable {
        case loading
        case unreadable(String)
        case loaded(JournalListing)
    }

    public internal(set) var content: Content = .loading
    /// Positions in the listing's rows of the entries the filter lets through, in order.
    public private(set) var visible: [Int] = []
    /// Position in `visible` of the focused entry, and the first row shown.
    public internal(set) var focus = 0
    public internal(set) var scroll = 0
    public internal(set) var filterField = TextField()
    public internal(set) var filterEditing = false

    public init() {}

    public var listing: JournalListing? {
        if case .loaded(let listing) = content { return listing }
        return nil
    }

    public var focusedRow: JournalRow? {
        guard let listing, visible.indices.contains(focus) else { return nil }
        return listing.rows[visible[focus]]
    }

    public var visibleRows: [JournalRow] { rows(from: 0, count: visible.count) }

    /// `count` of the entries shown, from position `first`: what one screen draws.
    public func rows(from first: Int, count: Int) -> [JournalRow] {
        guard let listing, first < visible.count else { return [] }
        return visible[max(0, first)..<min(visible.count, max(0, first) + count)].map { listing.rows[$0] }
    }

    mutating func load(_ listing: JournalListing) {
        content = .loaded(listing)
        refilter()
    }

    /// Every term of the filter must appear in the entry's cells; a term with a capital letter
    /// matches case exactly, as in the list's filter.
    mutating func refilter() {
        guard let listing else {
            visible = []
            return
        }
        let terms = filterField.text.split(whereSeparator: \.isWhitespace).map(String.init)
        let focusedID = focusedRow?.id
        let needles = terms.map { term in
            term.contains(where: \.isUppercase) ? (term, true) : (term.lowercased(), false)
        }
        visible = listing.rows.indices.filter { index in
            let row = listing.rows[index]
            return needles.allSatisfy { needle, exact in (exact ? row.searchText : row.foldedText).contains(needle) }
        }
        focus = focusedID.flatMap { id in visible.firstIndex { listing.rows[$0].id == id } } ?? 0
        scroll = min(scroll, focus)
    }

    /// Moves the focus by `offset` entries, kept within the list.
    mutating func moveFocus(by offset: Int) {
        focus = max(0, min(visible.count - 1, focus + offset))
    }

    /// Keeps the focused entry among the `page` rows shown.
    mutating func keepFocusVisible(page: Int) {
        let page = max(1, page)
        if focus < scroll { scroll = focus }
        if focus >= scroll + page { scroll = focus - page + 1 }
        scroll = max(0, min(scroll, max(0, visible.count - page)))
    }
}

import Formatting
import Primitives

/// Where each part of the screen goes at a given size. Pure geometry, shared by the views
/// (to draw) and the reducer (page sizes, mouse hits), so the two never disagree.
public struct ScreenLayout: Sendable, Equatable {
    public static let minimumSize = TerminalSize(rows: 10, columns: 40)
    /// From this width on, the detail stands beside the list instead of under it.
    public static let sideBySideColumns = 100
    public static let maximumBannerRows = 3

    public let isTooSmall: Bool
    public let header: Rect
    /// The list, its column-title row included.
    public let list: Rect
    /// The detail box, border included; nil when it is hidden behind Tab (small screens).
    public let detail: Rect?
    public let sideBySide: Bool
    public let mode: ScreenMode
    /// Rows for a persistent error, just above the filter bar.
    public let banner: Rect?
    public let filterBar: Rect?
    public let status: Rect

    public var listDataTop: Int { list.top + 1 }
    public var listDataRows: Int { max(0, list.height - 1) }
    /// Lines of detail text that fit inside the box.
    public var detailTextRows: Int { max(0, (detail?.height ?? 0) - 2) }
    public var detailTextWidth: Int { max(0, (detail?.width ?? 0) - 4) }

    public init(size: TerminalSize, state: BrowserState) {
        self.init(
            size: size, bannerLines: state.banner.map { BannerText.lineCount($0, width: size.columns) } ?? 0,
            showsFilterBar: state.filterEditing || !state.filter.isEmpty, focus: state.focus,
            mode: state.screenMode, rowCount: state.visible.count)
    }

    /// `rowCount`: the rows the list has to show; stacked, the list takes no more height than
    /// they need (so a short contact leaves the room to its detail), and no less than 12 rows at
    /// 80×24 for a long one.
    public init(
        size: TerminalSize, bannerLines: Int, showsFilterBar: Bool, focus: Focus, mode: ScreenMode = .normal,
        rowCount: Int = Int.max
    ) {
        let rows = size.rows
        let columns = size.columns
        self.mode = mode
        isTooSmall = rows < Self.minimumSize.rows || columns < Self.minimumSize.columns
        header = Rect(top: 0, left: 0, height: 1, width: columns)
        status = Rect(top: rows - 1, left: 0, height: 1, width: columns)
        var bottom = rows - 1
        if showsFilterBar {
            bottom -= 1
            filterBar = Rect(top: bottom, left: 0, height: 1, width: columns)
        } else {
            filterBar = nil
        }
        if bannerLines > 0 {
            let height = min(bannerLines, Self.maximumBannerRows)
            bottom -= height
            banner = Rect(top: bottom, left: 0, height: height, width: columns)
        } else {
            banner = nil
        }
        let body = Rect(top: 1, left: 0, height: max(0, bottom - 1), width: columns)
        (list, detail, sideBySide) = Self.split(body, mode: mode, focus: focus, rowCount: rowCount)
    }

    /// The list and the detail inside the body, as the mode shares it.
    static func split(_ body: Rect, mode: ScreenMode, focus: Focus, rowCount: Int) -> (Rect, Rect?, Bool) {
        let columns = body.width
        switch mode {
        case .detailFull:
            return (Rect(top: body.top, left: 0, height: 0, width: columns), body, false)
        case .listWide:
            return hiddenDetail(body, focus: focus)
        case .normal:
            break
        }
        if columns >= Self.sideBySideColumns {
            // The detail keeps 52 cells (a UUID fits on one line) and the list gets the rest, up
            // to 73 (every column but the ID at full width); wider, the list takes 55 %.
            let listWidth = max(columns * 11 / 20, min(columns - 52, 73))
            return (
                Rect(top: body.top, left: 0, height: body.height, width: listWidth),
                Rect(top: body.top, left: listWidth, height: body.height, width: columns - listWidth), true
            )
        }
        guard body.height >= 10 else { return hiddenDetail(body, focus: focus) }
        // Stacked: the list's title and its rows (at least 3, at most three fifths of the body,
        // rounded up); the detail the rest.
        let wanted = 1 + max(3, min(rowCount, body.height))
        let listHeight = max(4, min(wanted, (body.height * 3 + 4) / 5))
        return (
            Rect(top: body.top, left: 0, height: listHeight, width: columns),
            Rect(top: body.top + listHeight, left: 0, height: body.height - listHeight, width: columns), false
        )
    }

    /// Too short for both, or the list wide: the detail is behind Tab and takes the whole body.
    static func hiddenDetail(_ body: Rect, focus: Focus) -> (Rect, Rect?, Bool) {
        if focus == .detail {
            return (Rect(top: body.top, left: 0, height: 0, width: body.width), body, false)
        }
        return (body, nil, false)
    }
}

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
            showsFilterBar: state.filterEditing || !state.filter.isEmpty, focus: state.focus)
    }

    public init(size: TerminalSize, bannerLines: Int, showsFilterBar: Bool, focus: Focus) {
        let rows = size.rows
        let columns = size.columns
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
        let bodyTop = 1
        let bodyHeight = max(0, bottom - bodyTop)
        if columns >= Self.sideBySideColumns {
            sideBySide = true
            // The detail keeps 52 cells (a UUID fits on one line) and the list gets the rest, up
            // to 73 (every column but the ID at full width); wider, the list takes 55 %.
            let listWidth = max(columns * 11 / 20, min(columns - 52, 73))
            list = Rect(top: bodyTop, left: 0, height: bodyHeight, width: listWidth)
            detail = Rect(top: bodyTop, left: listWidth, height: bodyHeight, width: columns - listWidth)
        } else if bodyHeight >= 10 {
            sideBySide = false
            let listHeight = max(4, bodyHeight * 2 / 5)
            list = Rect(top: bodyTop, left: 0, height: listHeight, width: columns)
            detail = Rect(top: bodyTop + listHeight, left: 0, height: bodyHeight - listHeight, width: columns)
        } else {
            // Too short for both: the detail is behind Tab and takes the whole body.
            sideBySide = false
            if focus == .detail {
                list = Rect(top: bodyTop, left: 0, height: 0, width: columns)
                detail = Rect(top: bodyTop, left: 0, height: bodyHeight, width: columns)
            } else {
                list = Rect(top: bodyTop, left: 0, height: bodyHeight, width: columns)
                detail = nil
            }
        }
    }
}

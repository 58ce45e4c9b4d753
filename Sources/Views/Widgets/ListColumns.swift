import Localization
import Search

/// The list's columns at a given width. Every column has a place in a fixed order of
/// sacrifices: when the row does not fit, the next step of `reductions` is taken, until it does.
struct ListColumns: Equatable {
    enum Column: Equatable {
        case provider, application, token, created, modified, id

        var title: String {
            switch self {
            case .provider: Message.columnProvider.text()
            case .application: Message.columnApplication.text()
            case .token: Message.columnToken.text()
            case .created: Message.columnCreated.text()
            case .modified: Message.columnModified.text()
            case .id: Message.columnID.text()
            }
        }

        /// The sort key this column shows, if any.
        var sortKey: SortKey? {
            switch self {
            case .provider: .provider
            case .application: .application
            case .token: .token
            case .created: .created
            case .modified: .modified
            case .id: nil
            }
        }
    }

    static let providerWidth = 9
    static let applicationMinimum = 10
    static let applicationMaximum = 32
    /// `2023-05-22 10:20`, or the date alone.
    static let dateWidth = 16
    static let compactDateWidth = 10
    /// start…end of a token: 17 cells, or 11 when pressed.
    static let tokenWidth = 17
    static let compactTokenWidth = 11
    /// The first block of a UUID.
    static let idWidth = 8

    enum Reduction: CaseIterable {
        case dropID, compactDates, compactToken, dropToken, dropCreated, dropModified
    }

    static let wideReductions: [Reduction] = [
        .compactDates, .compactToken, .dropID, .dropToken, .dropCreated, .dropModified,
    ]

    /// Each column's width, in display order; a dropped column is absent.
    private(set) var widths: [(column: Column, width: Int)] = []

    static func == (lhs: ListColumns, rhs: ListColumns) -> Bool {
        lhs.widths.map(\.column) == rhs.widths.map(\.column) && lhs.widths.map(\.width) == rhs.widths.map(\.width)
    }

    /// `wide`: the list alone on the screen (`+`, list wide), which keeps the ID before the
    /// dates' times and the token's length.
    init(width: Int, wide: Bool = false) {
        var taken: Set<Reduction> = []
        let order = wide ? Self.wideReductions : Reduction.allCases
        for reduction in [nil] + order.map(Optional.some) {
            if let reduction { taken.insert(reduction) }
            widths = Self.layout(taken)
            if Self.used(widths) + Self.applicationMinimum <= width || reduction == order.last { break }
        }
        // The application takes what is left, up to its maximum; the token any surplus beyond.
        var spare = max(0, width - Self.used(widths))
        let application = min(Self.applicationMaximum, spare)
        spare -= application
        widths = widths.map { entry in
            switch entry.column {
            case .application: return (entry.column, application)
            case .token: return (entry.column, entry.width + spare)
            default: return entry
            }
        }
        if spare > 0, !widths.contains(where: { $0.column == .token }), let last = widths.indices.last {
            widths[last].width += spare
        }
    }

    func width(of column: Column) -> Int {
        widths.first { $0.column == column }?.width ?? 0
    }

    /// Cells taken by everything but the application: the marker, the fixed columns, the spaces.
    private static func used(_ widths: [(column: Column, width: Int)]) -> Int {
        1 + widths.reduce(0) { $0 + ($1.column == .application ? 0 : $1.width) } + widths.count - 1
    }

    private static func layout(_ taken: Set<Reduction>) -> [(column: Column, width: Int)] {
        var widths: [(column: Column, width: Int)] = [(.provider, providerWidth), (.application, 0)]
        if !taken.contains(.dropToken) {
            widths.append((.token, taken.contains(.compactToken) ? compactTokenWidth : tokenWidth))
        }
        if !taken.contains(.dropCreated) {
            widths.append((.created, taken.contains(.compactDates) ? compactDateWidth : dateWidth))
        }
        if !taken.contains(.dropModified) {
            widths.append((.modified, taken.contains(.compactDates) ? compactDateWidth : dateWidth))
        }
        if !taken.contains(.dropID) { widths.append((.id, idWidth)) }
        return widths
    }
}

import Formatting
import Primitives

/// A grid of cells that the views draw into and the terminal presents. Width-aware: a double-width
/// character takes two cells (the second is a continuation), and nothing is ever drawn past an
/// edge or through half of a wide character.
public struct Canvas: Sendable, Equatable {
    public struct Cell: Sendable, Equatable {
        /// One grapheme, or "" for the right half of a double-width character.
        public var text: String
        public var style: Style

        public static let blank = Cell(text: " ", style: .plain)
        public var isContinuation: Bool { text.isEmpty }
    }

    public let rows: Int
    public let columns: Int
    public private(set) var cells: [Cell]
    /// Where the terminal's cursor should be shown (in a text field), if anywhere.
    public var cursor: (row: Int, column: Int)?

    public init(size: TerminalSize) {
        rows = max(0, size.rows)
        columns = max(0, size.columns)
        cells = Array(repeating: .blank, count: rows * columns)
    }

    public static func == (lhs: Canvas, rhs: Canvas) -> Bool {
        lhs.rows == rhs.rows && lhs.columns == rhs.columns && lhs.cells == rhs.cells
            && lhs.cursor?.row == rhs.cursor?.row
            && lhs.cursor?.column == rhs.cursor?.column
    }

    public subscript(row: Int, column: Int) -> Cell {
        cells[row * columns + column]
    }

    /// Draws `text` from (row, column), clipped to `width` cells (default: to the right edge).
    /// Returns the number of cells used. The text must already be sanitised.
    @discardableResult
    public mutating func put(_ text: String, row: Int, column: Int, style: Style = .plain, width: Int? = nil) -> Int {
        guard row >= 0, row < rows, column < columns else { return 0 }
        let limit = min(columns, column + (width ?? columns))
        var position = column
        for character in text {
            let cells = DisplayWidth.of(character)
            if cells == 0 { continue }
            if position + cells > limit {
                // A wide character that does not fit leaves a blank, never half a glyph.
                if position < limit, position >= 0 { set(row, position, Cell(text: " ", style: style)) }
                position = limit
                break
            }
            if position >= 0 {
                set(row, position, Cell(text: String(character), style: style))
                if cells == 2 { set(row, position + 1, Cell(text: "", style: style)) }
            }
            position += cells
        }
        return max(0, position - column)
    }

    /// Fills a rectangle with spaces of one style.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        for row in max(0, rect.top)..<min(rows, rect.bottom) {
            for column in max(0, rect.left)..<min(columns, rect.right) {
                set(row, column, Cell(text: " ", style: style))
            }
        }
    }

    /// Changes the style of cells already drawn (e.g. a selected row), keeping their text.
    public mutating func restyle(row: Int, from column: Int, width: Int, _ transform: (Style) -> Style) {
        let first = max(0, column)
        let end = min(columns, column + width)
        // A span wholly off the canvas (or of no width) changes nothing, and never traps.
        guard row >= 0, row < rows, first < end else { return }
        for position in first..<end {
            cells[row * columns + position].style = transform(cells[row * columns + position].style)
        }
    }

    /// A box with a light border and an optional title in its top edge.
    public mutating func box(_ rect: Rect, title: String? = nil, style: Style = Theme.border, titleStyle: Style? = nil)
    {
        guard rect.height >= 2, rect.width >= 2 else { return }
        fill(rect)
        let top = rect.top
        let bottom = rect.bottom - 1
        let left = rect.left
        let right = rect.right - 1
        put("┌" + String(repeating: "─", count: rect.width - 2) + "┐", row: top, column: left, style: style)
        put("└" + String(repeating: "─", count: rect.width - 2) + "┘", row: bottom, column: left, style: style)
        for row in (top + 1)..<bottom {
            put("│", row: row, column: left, style: style)
            put("│", row: row, column: right, style: style)
        }
        if let title, rect.width > 6 {
            put(
                " " + DisplayWidth.truncate(title, width: rect.width - 6) + " ", row: top, column: left + 2,
                style: titleStyle ?? style)
        }
    }

    private mutating func set(_ row: Int, _ column: Int, _ cell: Cell) {
        guard row >= 0, row < rows, column >= 0, column < columns else { return }
        let index = row * columns + column
        // Overwriting either half of a wide character blanks the other half.
        if !cell.isContinuation {
            if cells[index].isContinuation, column > 0 {
                cells[index - 1] = Cell(text: " ", style: cells[index - 1].style)
            }
            if column + 1 < columns, cells[index + 1].isContinuation {
                cells[index + 1] = Cell(text: " ", style: cells[index + 1].style)
            }
        }
        cells[index] = cell
    }

    /// The text of each row, as a terminal would show it (for tests and screen captures).
    public func lines() -> [String] {
        (0..<rows).map { row in
            var line = ""
            for column in 0..<columns {
                let cell = cells[row * columns + column]
                if !cell.isContinuation { line += cell.text }
            }
            return line
        }
    }

    /// The rows as text with trailing spaces removed.
    public func text() -> String {
        lines().map { line in
            var trimmed = Substring(line)
            while trimmed.last == " " { trimmed.removeLast() }
            return String(trimmed)
        }.joined(separator: "\n")
    }
}

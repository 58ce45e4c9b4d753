import Formatting
import NP6

/// Plain-text tables with columns measured in display cells; every cell sanitised like the screen.
enum TextTable {
    /// `maximumWidth`: the columns at `shrinking` give way, the widest first, until every line
    /// fits; their cells are cut with `…`.
    static func render(header: [String], rows: [[String]], maximumWidth: Int? = nil, shrinking: [Int] = [])
        -> ConsoleText
    {
        let safeRows = rows.map { $0.map(UntrustedText.sanitized) }
        let widths = ColumnFit.widths(
            header: header, rows: safeRows, maximumWidth: maximumWidth, shrinking: shrinking)
        func line(_ cells: [String]) -> String {
            var text = ""
            for (index, cell) in cells.enumerated() {
                let isLast = index == cells.count - 1
                let shown = DisplayWidth.truncate(cell, width: widths[index])
                text += isLast ? shown : DisplayWidth.pad(shown, width: widths[index]) + "  "
            }
            return text
        }
        return ConsoleText(safe: ([line(header)] + safeRows.map(line)).joined(separator: "\n"))
    }
}

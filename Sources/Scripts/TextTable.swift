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
        var widths = header.map(DisplayWidth.of)
        for row in safeRows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], DisplayWidth.of(cell))
            }
        }
        if let maximumWidth {
            let minimum = 8
            while widths.reduce(0, +) + 2 * (widths.count - 1) > maximumWidth {
                guard
                    let widest = shrinking.filter({ widths[$0] > max(minimum, DisplayWidth.of(header[$0])) }).max(by: {
                        widths[$0] < widths[$1]
                    })
                else { break }
                widths[widest] -= 1
            }
        }
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

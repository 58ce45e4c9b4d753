import Formatting
import NP6

/// Plain-text tables with columns measured in display cells; every cell sanitised like the screen.
enum TextTable {
    static func render(header: [String], rows: [[String]]) -> ConsoleText {
        let safeRows = rows.map { $0.map(UntrustedText.sanitized) }
        var widths = header.map(DisplayWidth.of)
        for row in safeRows {
            for (index, cell) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], DisplayWidth.of(cell)) }
        }
        func line(_ cells: [String]) -> String {
            var text = ""
            for (index, cell) in cells.enumerated() {
                let isLast = index == cells.count - 1
                text += isLast ? cell : DisplayWidth.pad(cell, width: widths[index]) + "  "
            }
            return text
        }
        return ConsoleText(safe: ([line(header)] + safeRows.map(line)).joined(separator: "\n"))
    }
}

/// The widths of a table's columns in display cells: each as wide as its widest cell, then the
/// `shrinking` ones give way, the widest first, until a line fits `maximumWidth`. The journal's
/// table (`np6-subs journal`) and its screen in the browser (`J`) are fitted alike.
public enum ColumnFit {
    /// Cells of a shrinking column are never cut below this, nor below its header.
    public static let minimumWidth = 8

    /// `separator`: the cells between two columns.
    public static func widths(
        header: [String], rows: [[String]], maximumWidth: Int?, shrinking: [Int], separator: Int = 2
    ) -> [Int] {
        var widths = header.map(DisplayWidth.of)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], DisplayWidth.of(cell))
            }
        }
        guard let maximumWidth else { return widths }
        while widths.reduce(0, +) + separator * (widths.count - 1) > maximumWidth {
            guard
                let widest = shrinking.filter({ widths[$0] > max(minimumWidth, DisplayWidth.of(header[$0])) }).max(by: {
                    widths[$0] < widths[$1]
                })
            else { break }
            widths[widest] -= 1
        }
        return widths
    }
}

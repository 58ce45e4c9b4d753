import Browser
import Formatting
import Search

/// Marks, in text already drawn on the canvas, the characters that match the filter's terms.
enum MatchHighlighter {
    /// `text` is what was drawn at (row, column); every occurrence of each term is restyled.
    static func mark(_ text: String, row: Int, column: Int, width: Int, query: SearchQuery, in canvas: inout Canvas) {
        mark(text, row: row, column: column, width: width, needles: query.highlights, in: &canvas)
    }

    /// The same for plain needles (the help's filter): lower-case ones match any case.
    static func mark(
        _ text: String, row: Int, column: Int, width: Int, needles highlights: [(needle: String, caseSensitive: Bool)],
        in canvas: inout Canvas
    ) {
        guard !highlights.isEmpty, !text.isEmpty else { return }
        let characters = Array(text)
        let folded = characters.map { String($0).lowercased() }
        // The column each character starts at, in cells.
        var offsets: [Int] = []
        var cells = 0
        for character in characters {
            offsets.append(cells)
            cells += DisplayWidth.of(character)
        }
        for (needle, caseSensitive) in highlights {
            let pattern = Array(needle).map { caseSensitive ? String($0) : String($0).lowercased() }
            guard !pattern.isEmpty, pattern.count <= characters.count else { continue }
            var start = 0
            while start + pattern.count <= characters.count {
                var found = true
                for index in 0..<pattern.count {
                    let candidate = caseSensitive ? String(characters[start + index]) : folded[start + index]
                    if candidate != pattern[index] {
                        found = false
                        break
                    }
                }
                if found {
                    let from = offsets[start]
                    let end = start + pattern.count < offsets.count ? offsets[start + pattern.count] : cells
                    let clipped = min(end, width) - from
                    if clipped > 0 {
                        canvas.restyle(row: row, from: column + from, width: clipped) { base in
                            var style = Theme.match
                            style.reverse = base.reverse
                            return style
                        }
                    }
                    start += pattern.count
                } else {
                    start += 1
                }
            }
        }
    }
}

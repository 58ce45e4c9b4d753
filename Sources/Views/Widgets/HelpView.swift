import Browser
import Formatting

/// The `?` overlay: every key, scrollable when the terminal is short.
enum HelpView {
    static func lines(readOnly: Bool) -> [(String, String, Bool)] {
        var lines: [(String, String, Bool)] = []
        for (index, section) in HelpContent.sections(readOnly: readOnly).enumerated() {
            if index > 0 { lines.append(("", "", false)) }
            lines.append((section.title, "", true))
            for entry in section.entries { lines.append((entry.keys, entry.action, false)) }
        }
        if readOnly { lines += [("", "", false), ("read-only", "d, D, Space and u are disabled", true)] }
        return lines
    }

    static func draw(scroll: Int, state: BrowserState, into canvas: inout Canvas) {
        let all = lines(readOnly: state.environment.readOnly)
        let frame = ModalFrame(canvasRows: canvas.rows, canvasColumns: canvas.columns, width: 84, height: all.count + 4)
        canvas.box(frame.rect, title: "Keys (? or Esc closes)", style: Theme.focusedBorder)
        let inner = frame.inner
        let rows = max(0, inner.height)
        let maximumScroll = max(0, all.count - rows)
        let offset = min(scroll, maximumScroll)
        let keyWidth = 14
        for (index, line) in all.dropFirst(offset).prefix(rows).enumerated() {
            let row = inner.top + index
            if line.2 {
                canvas.put(line.0, row: row, column: inner.left, style: Theme.heading, width: keyWidth)
                canvas.put(line.1, row: row, column: inner.left + keyWidth, style: Theme.muted, width: inner.width - keyWidth)
            } else {
                canvas.put(line.0, row: row, column: inner.left, style: Theme.keyHint, width: keyWidth)
                canvas.put(DisplayWidth.truncate(line.1, width: inner.width - keyWidth), row: row, column: inner.left + keyWidth, width: inner.width - keyWidth)
            }
        }
        if maximumScroll > 0 {
            canvas.put(offset >= maximumScroll ? " end " : " j/k more ", row: frame.rect.bottom - 1, column: frame.rect.right - 12, style: Theme.border)
        }
    }
}

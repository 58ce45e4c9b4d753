import Browser
import Formatting
import Localization
import NP6
import Primitives

/// The content of a modal as lines with priorities. When the terminal is short, the least
/// important lines go first, so the request, the input and the buttons always show.
struct ModalContent {
    enum Line {
        case text(String, Style, indent: Int)
        case field(label: String, value: String)
        case blank
        /// Nil focus: neither button has it (the reason field does).
        case buttons(ConfirmButton?, confirm: String)
        /// An input field, after its label if any; the cursor is placed in it when it has the focus.
        case input(TextField, label: String? = nil, focused: Bool = true)
    }

    /// 0 is essential; higher numbers are dropped first.
    private(set) var lines: [(line: Line, priority: Int)] = []
    let width: Int

    init(width: Int) {
        self.width = max(1, width)
    }

    mutating func add(_ line: Line, priority: Int = 0) {
        lines.append((line, priority))
    }

    mutating func wrapped(_ text: String, style: Style = .plain, indent: Int = 0, priority: Int = 0) {
        for part in DisplayWidth.wrap(text, width: max(1, width - indent)) {
            add(.text(part, style, indent: indent), priority: priority)
        }
    }

    /// Lines a modal can hold on this canvas (inside its border).
    static func maximumRows(_ canvas: Canvas) -> Int { max(0, canvas.rows - 2) }

    /// The lines that fit in `rows`, dropping the least important first.
    func fitted(rows: Int) -> [Line] {
        var kept = lines
        var level = kept.map(\.priority).max() ?? 0
        while kept.count > rows, level > 0 {
            kept.removeAll { $0.priority == level }
            level -= 1
        }
        return kept.prefix(max(0, rows)).map(\.line)
    }

    /// Draws the box and the lines that fit; returns the canvas.
    func draw(into canvas: inout Canvas, title: String, border: Style, preferredWidth: Int) {
        let shown = fitted(rows: Self.maximumRows(canvas))
        let frame = ModalFrame(
            canvasRows: canvas.rows, canvasColumns: canvas.columns, width: preferredWidth, height: shown.count + 2)
        canvas.box(frame.rect, title: title, style: border)
        Self.draw(shown, into: &canvas, inner: frame.inner)
    }

    /// Draws lines from the top of `inner`, without a box (the palette draws its field so).
    static func draw(_ shown: [Line], into canvas: inout Canvas, inner: Rect) {
        for (offset, line) in shown.enumerated() {
            let row = inner.top + offset
            switch line {
            case .text(let text, let style, let indent):
                canvas.put(text, row: row, column: inner.left + indent, style: style, width: inner.width - indent)
            case .field(let label, let value):
                let labelWidth = min(12, inner.width / 3)
                canvas.put(label, row: row, column: inner.left, style: Theme.label, width: labelWidth)
                canvas.put(
                    DisplayWidth.truncate(value, width: inner.width - labelWidth - 1), row: row,
                    column: inner.left + labelWidth + 1)
            case .blank:
                break
            case .buttons(let focus, let confirm):
                let cancel = "[ \(Message.buttonCancel.text()) ]"
                let delete = "[ \(confirm) ]"
                let gap = inner.width >= 30 ? 4 : 1
                let total = DisplayWidth.of(cancel) + gap + DisplayWidth.of(delete)
                let left = inner.left + max(0, (inner.width - total) / 2)
                canvas.put(cancel, row: row, column: left, style: focus == .cancel ? Theme.focusedButton : Theme.button)
                canvas.put(
                    delete, row: row, column: left + DisplayWidth.of(cancel) + gap,
                    style: focus == .confirm ? Theme.focusedDangerButton : Theme.danger)
            case .input(let field, let label, let focused):
                var left = inner.left
                if let label {
                    left += canvas.put(
                        label + " ", row: row, column: left, style: focused ? Theme.keyHint : Theme.label,
                        width: inner.width / 2)
                }
                let fieldWidth = max(1, inner.left + inner.width - left - 2)
                canvas.put(focused ? "›" : " ", row: row, column: left, style: Theme.keyHint)
                canvas.fill(Rect(top: row, left: left + 2, height: 1, width: fieldWidth), style: Theme.input)
                let text = UntrustedText.sanitized(field.text)
                let before = UntrustedText.sanitized(String(field.text.prefix(field.cursor)))
                // Keep the cursor in view when the text is longer than the field.
                let overflow = focused ? max(0, DisplayWidth.of(before) - (fieldWidth - 1)) : 0
                canvas.put(
                    String(text.dropFirst(overflow)), row: row, column: left + 2, style: Theme.input, width: fieldWidth)
                if focused { canvas.cursor = (row, left + 2 + DisplayWidth.of(before) - overflow) }
            }
        }
    }
}

import Browser
import Formatting
import Localization
import Primitives

/// The `?` overlay: every key of the key map by context, then the filter syntax; long texts wrap
/// under themselves, and the whole scrolls when the terminal is short.
enum HelpView {
    struct Row: Equatable {
        var keys: String
        var text: String
        var isHeading: Bool
    }

    static let preferredWidth = 84

    /// The rows at a given inner width: `keyWidth` cells of keys, the rest for the wrapped text.
    static func rows(readOnly: Bool, width: Int, filter: String = "") -> (rows: [Row], keyWidth: Int) {
        let sections = HelpContent.sections(readOnly: readOnly, filter: filter)
        let widest = sections.flatMap(\.entries).map { DisplayWidth.of($0.keys) }.max() ?? 0
        let keyWidth = max(1, min(22, widest + 2, width / 3))
        let textWidth = max(1, width - keyWidth)
        var rows: [Row] = []
        for (index, section) in sections.enumerated() {
            if index > 0 { rows.append(Row(keys: "", text: "", isHeading: false)) }
            rows.append(Row(keys: section.title, text: "", isHeading: true))
            for entry in section.entries {
                for (line, text) in DisplayWidth.wrap(entry.action, width: textWidth).enumerated() {
                    rows.append(Row(keys: line == 0 ? entry.keys : "", text: text, isHeading: false))
                }
            }
        }
        if readOnly, filter.isEmpty {
            let disabled = KeyMap.bindings.filter(\.writes).map(\.label).joined(separator: ", ")
            rows.append(Row(keys: "", text: "", isHeading: false))
            rows.append(Row(keys: Message.helpReadOnly.text(), text: "", isHeading: true))
            for text in DisplayWidth.wrap(Message.helpDisabled(keys: disabled).text(), width: textWidth) {
                rows.append(Row(keys: "", text: text, isHeading: false))
            }
        }
        return (rows, keyWidth)
    }

    /// `j/k more`: the help's own scrolling keys, from the key map.
    static var moreKeys: Message {
        .helpMoreKeys(down: KeyMap.label(of: .down, in: .help), up: KeyMap.label(of: .up, in: .help))
    }

    static func draw(_ help: HelpOverlay, state: BrowserState, into canvas: inout Canvas) {
        let innerWidth = min(preferredWidth, canvas.columns - 2) - 4
        var (all, keyWidth) = rows(readOnly: state.connection.readOnly, width: innerWidth, filter: help.filter)
        let filtering = help.filterEditing || !help.filter.isEmpty
        if all.isEmpty { all = [Row(keys: Message.helpFilterNoMatch.text(), text: "", isHeading: false)] }
        let frame = ModalFrame(
            canvasRows: canvas.rows, canvasColumns: canvas.columns, width: preferredWidth,
            height: all.count + 4 + (filtering ? 2 : 0))
        let title = Message.helpTitle(help: KeyMap.label(of: .openHelp), close: KeyMap.label(of: .closeHelp))
        canvas.box(frame.rect, title: title.text(), style: Theme.focusedBorder)
        var inner = frame.inner
        if filtering {
            // The filter's field on the last line inside the box, the lines it keeps above it.
            inner = Rect(top: inner.top, left: inner.left, height: max(0, inner.height - 2), width: inner.width)
            ModalContent.draw(
                [.input(help.filterField, label: "/", focused: help.filterEditing)], into: &canvas,
                inner: Rect(top: inner.bottom + 1, left: inner.left, height: 1, width: inner.width))
        }
        let visibleRows = max(0, inner.height)
        let maximumScroll = max(0, all.count - visibleRows)
        let offset = min(help.scroll, maximumScroll)
        let needles =
            help.filter.isEmpty ? [] : [(needle: help.filter, caseSensitive: help.filter != help.filter.lowercased())]
        for (index, line) in all.dropFirst(offset).prefix(visibleRows).enumerated() {
            let row = inner.top + index
            if line.isHeading {
                canvas.put(line.keys, row: row, column: inner.left, style: Theme.heading, width: inner.width)
            } else {
                canvas.put(line.keys, row: row, column: inner.left, style: Theme.keyHint, width: keyWidth)
                canvas.put(line.text, row: row, column: inner.left + keyWidth, width: inner.width - keyWidth)
            }
            MatchHighlighter.mark(
                line.keys, row: row, column: inner.left, width: keyWidth, needles: needles, in: &canvas)
            MatchHighlighter.mark(
                line.text, row: row, column: inner.left + keyWidth, width: inner.width - keyWidth, needles: needles,
                in: &canvas)
        }
        if maximumScroll > 0 {
            canvas.put(
                " " + (offset >= maximumScroll ? Message.scrollEnd : Self.moreKeys).text() + " ",
                row: frame.rect.bottom - 1,
                column: frame.rect.right - 12, style: Theme.border)
        }
    }
}

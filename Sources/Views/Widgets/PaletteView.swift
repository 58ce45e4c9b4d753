import Browser
import Formatting
import Localization
import NP6
import Primitives

/// The `:` palette: the field, then every command the field lets through with its keys and its
/// description (dimmed with its reason when it does nothing now), matched characters marked.
enum PaletteView {
    static let nameWidth = 18
    static let keysWidth = 12
    /// Below this inner width the entries leave their descriptions to the footer.
    static let narrowWidth = 56

    static func draw(_ palette: CommandPalette, state: BrowserState, into canvas: inout Canvas) {
        let layout = PaletteLayout(size: state.size)
        let box = layout.box
        guard box.height >= 5, box.width >= 20 else { return }
        canvas.fill(box)
        canvas.box(box, title: Message.paletteTitle.text(), style: Theme.focusedBorder)
        let inner = Rect(top: box.top + 1, left: box.left + 2, height: box.height - 2, width: box.width - 4)
        ModalContent.draw([.input(palette.field)], into: &canvas, inner: inner)
        let entries = CommandPalette.entries(for: palette.field.text, in: state)
        let top = max(0, min(palette.focus - layout.rows + 1, entries.count - layout.rows))
        let listTop = inner.top + 2
        if entries.isEmpty {
            canvas.put(Message.paletteNoMatch.text(), row: listTop, column: inner.left, style: Theme.muted)
        }
        for (offset, entry) in entries.dropFirst(top).prefix(layout.rows).enumerated() {
            drawEntry(entry, focused: top + offset == palette.focus, row: listTop + offset, inner: inner, &canvas)
        }
        let footer = inner.top + inner.height - 1
        if entries.indices.contains(palette.focus) {
            let focused = entries[palette.focus]
            let about: String
            let style: Style
            switch focused.availability {
            case .available: (about, style) = (focused.binding.help, Theme.info)
            case .unavailable(let reason):
                (about, style) = (Message.paletteUnavailable(reason: reason).text(), Theme.warning)
            }
            canvas.put(
                DisplayWidth.truncate(about, width: inner.width), row: footer - 1, column: inner.left, style: style)
        }
        canvas.put(
            DisplayWidth.truncate(KeyHintText.line(for: state), width: inner.width), row: footer, column: inner.left,
            style: Theme.muted)
    }

    static func drawEntry(_ entry: PaletteEntry, focused: Bool, row: Int, inner: Rect, _ canvas: inout Canvas) {
        let available = entry.availability.isAvailable
        let base = available ? Style.plain : Theme.muted
        if focused {
            canvas.fill(Rect(top: row, left: inner.left, height: 1, width: inner.width), style: Theme.selectedRow)
        }
        func styled(_ style: Style) -> Style {
            var style = style
            if focused { style.reverse = true }
            return style
        }
        let name = entry.binding.name
        // Narrow, the name and the keys take the row; the focused entry's text is on the footer.
        let narrow = inner.width < narrowWidth
        let keysWidth = narrow ? min(keysWidth, inner.width / 3) : keysWidth
        let nameWidth = narrow ? inner.width - keysWidth - 1 : nameWidth
        canvas.put(name, row: row, column: inner.left + 1, style: styled(base), width: nameWidth - 1)
        mark(entry.nameMatches, in: name, row: row, column: inner.left + 1, width: nameWidth - 1, focused, &canvas)
        let keysLeft = inner.left + nameWidth + 1
        canvas.put(
            entry.binding.label, row: row, column: keysLeft, style: styled(available ? Theme.keyHint : Theme.muted),
            width: keysWidth - 1)
        let descriptionLeft = keysLeft + keysWidth
        let descriptionWidth = max(0, inner.left + inner.width - descriptionLeft)
        let description: String
        switch entry.availability {
        case .available: description = entry.binding.help
        case .unavailable(let reason): description = Message.paletteUnavailable(reason: reason).text()
        }
        canvas.put(description, row: row, column: descriptionLeft, style: styled(base), width: descriptionWidth)
        if available {
            mark(
                entry.descriptionMatches, in: description, row: row, column: descriptionLeft, width: descriptionWidth,
                focused, &canvas)
        }
    }

    /// Restyles the characters at `offsets` (UTF-8 offsets into `text`) as matches.
    static func mark(
        _ offsets: [Int], in text: String, row: Int, column: Int, width: Int, _ focused: Bool, _ canvas: inout Canvas
    ) {
        guard !offsets.isEmpty else { return }
        let wanted = Set(offsets)
        var byte = 0
        var cell = 0
        for character in text {
            let bytes = character.utf8.count
            let cells = DisplayWidth.of(character)
            if (byte..<byte + bytes).contains(where: wanted.contains), cell + cells <= width {
                canvas.restyle(row: row, from: column + cell, width: cells) { _ in
                    var style = Theme.match
                    style.reverse = focused
                    return style
                }
            }
            byte += bytes
            cell += cells
        }
    }
}

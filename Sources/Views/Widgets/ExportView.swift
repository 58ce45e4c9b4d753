import Browser
import Formatting
import Localization
import NP6

/// `E`: how many rows go where, the path to edit, and the question when the file exists.
enum ExportView {
    static let preferredWidth = 76

    static func draw(_ prompt: ExportPrompt, state: BrowserState, into canvas: inout Canvas) {
        var content = ModalContent(width: min(preferredWidth, canvas.columns - 2) - 4)
        content.wrapped(Message.exportRows(count: prompt.rows).text(), style: Theme.info)
        content.add(.blank, priority: 2)
        content.add(.input(prompt.field, focused: prompt.existing == nil))
        if let existing = prompt.existing {
            content.add(.blank, priority: 2)
            content.wrapped(Message.exportExists(path: UntrustedText.sanitized(existing)).text(), style: Theme.warning)
        } else if let problem = prompt.problem {
            content.add(.blank, priority: 2)
            content.wrapped(UntrustedText.sanitized(problem), style: Theme.danger)
        } else {
            content.add(.blank, priority: 2)
            content.wrapped(Message.exportFormats.text(), style: Theme.muted, priority: 1)
        }
        content.add(.blank, priority: 2)
        content.add(
            .text(DisplayWidth.truncate(KeyHintText.line(for: state), width: content.width), Theme.muted, indent: 0),
            priority: 1)
        content.draw(
            into: &canvas, title: Message.exportTitle.text(),
            border: prompt.existing == nil ? Theme.focusedBorder : Theme.dangerBorder, preferredWidth: preferredWidth)
    }
}

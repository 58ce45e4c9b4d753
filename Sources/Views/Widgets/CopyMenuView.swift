import Browser
import Essentials
import Formatting
import Localization
import NP6

/// The `C` menu: one numbered line per value, with a preview of what it copies.
enum CopyMenuView {
    static let preferredWidth = 76

    static func draw(_ menu: CopyMenu, state: BrowserState, into canvas: inout Canvas) {
        var content = ModalContent(width: min(preferredWidth, canvas.columns - 2) - 4)
        let labelWidth = min(17, max(8, content.width / 3))
        for (index, choice) in menu.choices.enumerated() {
            let focused = index == menu.focus
            let head =
                "\(focused ? "›" : " ") \(index + 1) "
                + DisplayWidth.pad(DisplayWidth.truncate(choice.label, width: labelWidth), width: labelWidth) + " "
            // One line of preview: JSON's line breaks read as spaces here.
            let preview = choice.preview.replacingAll("\\n", with: " ")
            let line = head + DisplayWidth.truncate(preview, width: max(0, content.width - DisplayWidth.of(head)))
            content.add(.text(line, focused ? Theme.info : .plain, indent: 0))
        }
        content.add(.blank, priority: 2)
        content.add(
            .text(DisplayWidth.truncate(KeyHintText.line(for: state), width: content.width), Theme.muted, indent: 0),
            priority: 1)
        content.draw(
            into: &canvas, title: Message.copyMenuTitle.text(), border: Theme.focusedBorder,
            preferredWidth: preferredWidth)
    }
}

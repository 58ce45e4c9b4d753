import Browser
import Formatting
import Localization
import NP6

/// The `o` lookup prompt: kind selector, text field, recent lookups.
enum PromptView {
    static let preferredWidth = 72

    static func draw(_ prompt: LookupPrompt, state: BrowserState, into canvas: inout Canvas) {
        var content = ModalContent(width: min(preferredWidth, canvas.columns - 2) - 4)
        let kinds = LookupKind.allCases.map { $0 == prompt.kind ? "[\($0.label)]" : " \($0.label) " }.joined(
            separator: " ")
        content.add(.text(DisplayWidth.truncate(kinds, width: content.width), Theme.info, indent: 0))
        let reason =
            prompt.kindChosen
            ? prompt.kindReason
            : Message.promptKindChangeable(reason: prompt.kindReason, key: KeyMap.label(of: .nextKind, in: .prompt))
                .text()
        content.add(
            .text(
                DisplayWidth.truncate(
                    Message.promptKind(kind: prompt.kind.label, reason: reason).text(), width: content.width),
                Theme.muted,
                indent: 0), priority: 1)
        content.add(.blank, priority: 2)
        content.add(.input(prompt.field))
        let recent = state.recentLookups.prefix(5)
        if !recent.isEmpty {
            content.add(.blank, priority: 2)
            content.add(.text(Message.promptRecent.text(), Theme.muted, indent: 0), priority: 1)
            for (index, lookup) in recent.enumerated() {
                let marker = prompt.historyIndex == index ? "›" : " "
                let line = DisplayWidth.truncate(
                    "\(marker) \(lookup.kind.label): \(UntrustedText.sanitized(lookup.value))", width: content.width)
                content.add(
                    .text(line, prompt.historyIndex == index ? Theme.info : Theme.muted, indent: 0), priority: 1)
            }
        }
        content.add(.blank, priority: 2)
        content.add(
            .text(DisplayWidth.truncate(KeyHintText.line(for: state), width: content.width), Theme.muted, indent: 0),
            priority: 1)
        content.draw(
            into: &canvas, title: Message.promptTitle.text(), border: Theme.focusedBorder,
            preferredWidth: preferredWidth)
    }
}

import Browser
import Essentials
import Formatting
import Localization
import NP6

/// The `P` picker: one line per profile with its host, the kind of its key source and its
/// badges; the current one is marked. Never a key: the picker has none to show.
enum ProfilePickerView {
    static let preferredWidth = 84

    static func draw(_ picker: ProfilePicker, state: BrowserState, into canvas: inout Canvas) {
        var content = ModalContent(width: min(preferredWidth, canvas.columns - 2) - 4)
        let nameWidth = min(18, max(6, picker.profiles.map { DisplayWidth.of($0.name) }.max() ?? 6))
        let badgeTexts = picker.profiles.map { badges($0, current: $0.name == state.connection.profile?.name) }
        let badgeWidth = badgeTexts.map(DisplayWidth.of).max() ?? 0
        // Columns: name, host (what is left), key source kind, badges. A narrow picker keeps the
        // name and badges on the line and puts the focused one's host and key kind under it.
        let keyWidth = DisplayWidth.of(Message.pickerKey(source: "command").text())
        let hostRoom = content.width - 2 - nameWidth - 2 - 2 - keyWidth - (badgeWidth > 0 ? 2 + badgeWidth : 0)
        let narrow = hostRoom < 12
        for (index, profile) in picker.profiles.enumerated() {
            let focused = index == picker.focus
            var line =
                "\(focused ? "›" : " ") "
                + DisplayWidth.pad(
                    DisplayWidth.truncate(UntrustedText.sanitized(profile.name), width: nameWidth), width: nameWidth)
            if !narrow {
                line +=
                    "  "
                    + DisplayWidth.pad(
                        DisplayWidth.truncate(UntrustedText.sanitized(profile.host), width: hostRoom), width: hostRoom)
                line +=
                    "  " + DisplayWidth.pad(Message.pickerKey(source: profile.keySourceKind).text(), width: keyWidth)
            }
            if !badgeTexts[index].isEmpty { line += "  " + badgeTexts[index] }
            let style =
                focused
                ? (profile.production ? Theme.focusedDangerButton : Theme.focusedButton)
                : (profile.production ? Theme.danger : .plain)
            content.add(.text(DisplayWidth.truncate(line, width: content.width), style, indent: 0))
            guard focused else { continue }
            var details: [String] =
                narrow
                ? [UntrustedText.sanitized(profile.host), Message.pickerKey(source: profile.keySourceKind).text()] : []
            if let label = profile.label { details.insert(UntrustedText.sanitized(label), at: 0) }
            if !details.isEmpty {
                content.add(
                    .text(
                        DisplayWidth.truncate("    " + details.joined(separator: " · "), width: content.width),
                        Theme.muted, indent: 0), priority: 2)
            }
        }
        content.add(.blank, priority: 2)
        content.wrapped(
            Message.pickerExplanation.text(),
            style: Theme.muted, priority: 1)
        content.add(
            .text(DisplayWidth.truncate(KeyHintText.line(for: state), width: content.width), Theme.muted, indent: 0),
            priority: 1)
        content.draw(
            into: &canvas, title: Message.pickerTitle.text(), border: Theme.focusedBorder,
            preferredWidth: preferredWidth)
    }

    /// `PRODUCTION · read-only · current`, as far as each applies.
    static func badges(_ profile: ProfileChoice, current: Bool) -> String {
        var badges: [String] = []
        if profile.production { badges.append("PRODUCTION") }
        if profile.readOnly { badges.append("read-only") }
        if current { badges.append("current") }
        return badges.joined(separator: " · ")
    }
}

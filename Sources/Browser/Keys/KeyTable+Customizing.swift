import Essentials
import Localization
import NP6
import Primitives

extension KeyTable {
    /// The defaults with the keys of a config's `keys:`, and a warning for each entry ignored.
    /// Override only: a command not named keeps its keys. An unknown command or key name is
    /// ignored with its nearest known one; a key given to two commands where both would be read
    /// keeps the defaults of every command concerned; a confirmation never takes Enter or Space,
    /// nor a key that dismisses a modal.
    public static func customized(_ entries: [ConfigEntry]) -> (table: KeyTable, warnings: [ConfigWarning]) {
        let defaults = KeyMap.defaults
        var warnings: [ConfigWarning] = []
        var requested: [Int: (keys: [Key], entry: ConfigEntry)] = [:]
        for entry in entries {
            guard let index = defaults.firstIndex(where: { $0.name == entry.name }) else {
                warnings.append(unknownCommand(entry, among: defaults.map(\.name)))
                continue
            }
            let keys = entry.values.compactMap { value -> Key? in
                if let key = Key(configName: value.text) { return key }
                warnings.append(unknownKey(value))
                return nil
            }
            guard keys.count == entry.values.count, !keys.isEmpty else { continue }
            if let unsafe = unsafeConfirmation(defaults[index], keys, defaults: defaults) {
                warnings.append(ConfigWarning(line: entry.line, column: entry.column, message: unsafe))
                continue
            }
            var distinct: [Key] = []
            for key in keys where !distinct.contains(key) { distinct.append(key) }
            requested[index] = (distinct, entry)
        }
        // Conflicts: a key read in one context for two bindings, one of them rebound. Both keep
        // their defaults (and the check runs again, as a reverted binding may clash anew).
        while true {
            var bindings = defaults
            for (index, request) in requested { bindings[index] = defaults[index].rebound(to: request.keys) }
            guard let clash = firstConflict(in: bindings, rebound: Set(requested.keys)) else {
                return (KeyTable(bindings), warnings)
            }
            for index in [clash.first, clash.second] {
                guard let request = requested.removeValue(forKey: index) else { continue }
                let other = index == clash.first ? bindings[clash.second] : bindings[clash.first]
                warnings.append(
                    ConfigWarning(
                        line: request.entry.line, column: request.entry.column,
                        message: Message.keysConflict(
                            key: clash.key.label, command: bindings[index].name, other: other.name
                        ).text()))
            }
        }
    }

    /// Two bindings read together in some context that share a key, one of them rebound.
    static func firstConflict(in bindings: [KeyBinding], rebound: Set<Int>) -> (first: Int, second: Int, key: Key)? {
        for context in KeyContext.allCases {
            let read = bindings.indices.filter { index in
                let binding = bindings[index]
                return binding.context == context || (context != .anywhere && binding.context == .anywhere)
                    || (context.takesText && binding.context == .textField)
            }
            var holder: [Key: Int] = [:]
            for index in read {
                for key in bindings[index].keys {
                    if let other = holder[key], other != index, rebound.contains(other) || rebound.contains(index) {
                        return (other, index, key)
                    }
                    if holder[key] == nil { holder[key] = index }
                }
            }
        }
        return nil
    }

    /// Why `keys` may not confirm, when the binding confirms a write or a replacement: Enter and
    /// Space press on by habit, and a key that also dismisses a modal would confirm where the
    /// person meant to leave.
    static func unsafeConfirmation(_ binding: KeyBinding, _ keys: [Key], defaults: [KeyBinding]) -> String? {
        guard binding.command == .confirm || binding.command == .confirmOverwrite else { return nil }
        let dismissing = Set(
            defaults.filter {
                [
                    .cancel, .declineOverwrite, .closeHelp, .closeCopyMenu, .closeProfilePicker,
                    .closeJournal, .closePalette, .closeExport, .closePrompt,
                ].contains($0.command)
            }.flatMap(\.keys))
        for key in keys where key == .enter || key == .character(" ") || dismissing.contains(key) {
            return Message.keysUnsafeConfirmation(key: key.label, command: binding.name).text()
        }
        return nil
    }

    static func unknownCommand(_ entry: ConfigEntry, among names: [String]) -> ConfigWarning {
        var message = Message.keysUnknownCommand(name: UntrustedText.sanitized(entry.name)).text()
        if let nearest = EditDistance.nearest(to: entry.name, among: names, allowing: { max(2, $0.count / 3) }) {
            message += Message.configDidYouMean(nearest: nearest).text()
        }
        return ConfigWarning(line: entry.line, column: entry.column, message: message)
    }

    static func unknownKey(_ value: ConfigEntry.Value) -> ConfigWarning {
        var message = Message.keysUnknownKey(key: UntrustedText.sanitized(value.text)).text()
        let words = Array(Key.configWords.keys) + (1...12).map { "f\($0)" }
        if let nearest = EditDistance.nearest(
            to: value.text.lowercased(), among: words, allowing: { max(1, $0.count / 3) })
        {
            message += Message.configDidYouMean(nearest: nearest).text()
        }
        return ConfigWarning(line: value.line, column: value.column, message: message)
    }
}

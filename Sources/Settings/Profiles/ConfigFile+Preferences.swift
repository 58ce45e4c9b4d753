import Essentials
import Localization
import NP6
import Primitives
import YAMLReader

extension ConfigFile {
    /// `keys:` or `colors:`, a mapping of names to one value or a list of them, as entries with
    /// where each was written: the browser and the views interpret them (Settings cannot see the
    /// key map or the theme) and warn about what they do not know. A wrong shape is a warning
    /// too: these only change how the program looks and which keys it takes.
    static func entries(_ node: YAMLNode, field: String, path: String, warnings: inout [String]) -> [ConfigEntry] {
        if node.isNull { return [] }
        guard let pairs = node.mapping else {
            warnings.append("\(location(path, node)): \(Message.configPreferenceMapping(field: field).text())")
            return []
        }
        var entries: [ConfigEntry] = []
        for pair in pairs {
            let name = pair.key.string ?? ""
            let nodes = pair.value.sequence ?? [pair.value]
            var values: [ConfigEntry.Value] = []
            for value in nodes {
                guard let text = value.string, !text.isEmpty else {
                    let message = Message.configPreferenceValue(field: field, name: UntrustedText.sanitized(name))
                    warnings.append("\(location(path, value)): \(message.text())")
                    continue
                }
                values.append(ConfigEntry.Value(text, line: value.mark.line, column: value.mark.column))
            }
            entries.append(
                ConfigEntry(name: name, line: pair.key.mark.line, column: pair.key.mark.column, values: values))
        }
        return entries
    }

    /// `theme:`, one word, with where it was written.
    static func themeName(_ node: YAMLNode, path: String, warnings: inout [String]) -> ConfigEntry.Value? {
        guard let text = node.string, !text.isEmpty else {
            warnings.append(
                "\(location(path, node)): \(Message.configPreferenceValue(field: "theme", name: "theme").text())")
            return nil
        }
        return ConfigEntry.Value(text, line: node.mark.line, column: node.mark.column)
    }
}

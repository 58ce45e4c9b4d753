import Essentials
import Localization

/// `np6-subs lst` → did you mean `list`? The browser takes no positional argument, so a first
/// word that is no subcommand is a typo, which ArgumentParser would report as an "unexpected
/// argument" of the browser.
enum CommandSuggestion {
    /// The message for an unknown first word, or nil when `word` is a subcommand (or an option).
    static func problem(with word: String, commands: [String]) -> String? {
        guard !word.hasPrefix("-"), !commands.contains(word) else { return nil }
        if let name = EditDistance.nearest(to: word, among: commands, allowing: { max(1, $0.count / 3) }) {
            return Message.usageUnknownCommandSuggest(
                word: word, name: name, help: "np6-subs \(name == "help" ? "" : name + " ")--help"
            ).text()
        }
        return Message.usageUnknownCommand(
            word: word, commands: commands.joined(separator: ", "), help: "np6-subs --help"
        ).text()
    }
}

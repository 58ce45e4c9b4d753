import Essentials

/// `np6-subs lst` → did you mean `list`? The browser takes no positional argument, so a first
/// word that is no subcommand is a typo, which ArgumentParser would report as an "unexpected
/// argument" of the browser.
enum CommandSuggestion {
    /// The message for an unknown first word, or nil when `word` is a subcommand (or an option).
    static func problem(with word: String, commands: [String]) -> String? {
        guard !word.hasPrefix("-"), !commands.contains(word) else { return nil }
        if let name = EditDistance.nearest(to: word, among: commands, allowing: { max(1, $0.count / 3) }) {
            return
                """
                unknown command \"\(word)\". Did you mean \"\(name)\"? (np6-subs \
                \(name == "help" ? "" : name + " ")--help)
                """
        }
        return "unknown command \"\(word)\" (commands: \(commands.joined(separator: ", ")); np6-subs --help)"
    }
}

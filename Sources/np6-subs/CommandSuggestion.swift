/// `np6-subs lst` → did you mean `list`? The browser takes no positional argument, so a first
/// word that is no subcommand is a typo, which ArgumentParser would report as an "unexpected
/// argument" of the browser.
enum CommandSuggestion {
    /// The message for an unknown first word, or nil when `word` is a subcommand (or an option).
    static func problem(with word: String, commands: [String]) -> String? {
        guard !word.hasPrefix("-"), !commands.contains(word) else { return nil }
        let lowered = word.lowercased()
        let costs = commands.map { distance(lowered, $0) }
        if let best = costs.indices.min(by: { costs[$0] < costs[$1] }) {
            let name = commands[best]
            if costs[best] <= max(1, name.count / 3) || name.hasPrefix(lowered) {
                return "unknown command \"\(word)\". Did you mean \"\(name)\"? (np6-subs \(name == "help" ? "" : name + " ")--help)"
            }
        }
        return "unknown command \"\(word)\" (commands: \(commands.joined(separator: ", ")); np6-subs --help)"
    }

    /// Levenshtein distance, counting a swap of two neighbours as one edit (`lsit` → `list`).
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1) }
            }
        }
        return table[a.count][b.count]
    }
}

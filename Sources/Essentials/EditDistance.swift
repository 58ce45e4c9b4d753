/// How far apart two words are, for "did you mean …?" (a subcommand, a config field).
public enum EditDistance {
    /// Levenshtein distance, counting a swap of two neighbours as one edit (`lsit` → `list`).
    public static func between(_ a: String, _ b: String) -> Int {
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
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }

    /// The nearest of `candidates` to `word` (case ignored), if it is within the edits
    /// `allowing(candidate)` permits, or `word` is a prefix of it.
    public static func nearest(to word: String, among candidates: [String], allowing: (String) -> Int) -> String? {
        let lowered = word.lowercased()
        let costs = candidates.map { between(lowered, $0) }
        guard let best = costs.indices.min(by: { costs[$0] < costs[$1] }) else { return nil }
        let name = candidates[best]
        return costs[best] <= allowing(name) || (!lowered.isEmpty && name.hasPrefix(lowered)) ? name : nil
    }
}

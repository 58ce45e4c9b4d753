/// fzf-style fuzzy matching: the pattern's characters must appear in order; consecutive
/// characters and characters at word boundaries score higher, gaps cost a little. Used for
/// `~term` and the fuzzy toggle; the default stays literal because tokens are matched exactly.
///
/// Works on UTF-8 bytes (the search index's text), so a row is scored without building strings.
public enum FuzzyScore {
    static let match = 16
    static let consecutiveBonus = 12
    static let boundaryBonus = 10
    static let firstCharacterBonus = 8
    static let gapPenalty = 1

    /// The best score of `pattern` in `text` (both already case-folded as wanted), or nil if the
    /// characters do not all appear in order. From every place the first character occurs, a
    /// greedy forward match is scored, and the best one counts: a tight "mobile" later in the
    /// text beats a scattered m…o…b earlier on.
    public static func score(_ pattern: [UInt8], in text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = pattern.first else { return 0 }
        guard pattern.count <= text.count else { return nil }
        var best: Int?
        var start = 0
        while start <= text.count - pattern.count {
            guard let found = text[start...].firstIndex(of: first) else { break }
            guard let score = scoreFrom(found, pattern, text) else { break }  // no later start can match either
            best = max(best ?? score, score)
            start = found + 1
        }
        return best
    }

    /// For text that is not in an index (tests, the application table).
    public static func score(_ pattern: String, in text: String) -> Int? {
        Array(text.utf8).withUnsafeBufferPointer { score(Array(pattern.utf8), in: $0) }
    }

    /// Greedy forward match starting at `start`; nil if the pattern does not complete.
    static func scoreFrom(_ start: Int, _ pattern: [UInt8], _ text: UnsafeBufferPointer<UInt8>) -> Int? {
        var score = 0
        var patternIndex = 0
        var previousMatch = -2
        var position = start
        while position < text.count, patternIndex < pattern.count {
            if text[position] == pattern[patternIndex] {
                score += match
                if position == previousMatch + 1 { score += consecutiveBonus }
                if position == 0 {
                    score += firstCharacterBonus + boundaryBonus
                } else if isBoundary(text[position - 1]) {
                    score += boundaryBonus
                }
                previousMatch = position
                patternIndex += 1
            } else if patternIndex > 0 {
                score -= gapPenalty
            }
            position += 1
        }
        return patternIndex == pattern.count ? score : nil
    }

    /// A byte that is not part of a word: ASCII other than letters and digits (bytes of other
    /// characters count as letters).
    static func isBoundary(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x80...: return false
        default: return true
        }
    }
}

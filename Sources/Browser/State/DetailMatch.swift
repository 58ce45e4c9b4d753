import Formatting

/// One place where the detail's search matches: a line of the detail and the characters of its
/// value (or of a heading's label) that match. Lower-case text matches any case (smart case).
public struct DetailMatch: Sendable, Equatable {
    public let line: Int
    /// Offset and length in characters, in the line's value (its label for a heading).
    public let offset: Int
    public let length: Int

    public static func all(of needle: String, in document: DetailDocument) -> [DetailMatch] {
        guard !needle.isEmpty else { return [] }
        let caseSensitive = needle != needle.lowercased()
        let pattern = Array(caseSensitive ? needle : needle.lowercased())
        var matches: [DetailMatch] = []
        for (index, line) in document.lines.enumerated() {
            let text = line.role == .heading ? line.label : line.value
            let characters = Array(caseSensitive ? text : text.lowercased())
            // Lower-casing kept the count (checked), so offsets hold in the drawn text.
            guard characters.count == text.count, pattern.count <= characters.count else { continue }
            var start = 0
            while start + pattern.count <= characters.count {
                if characters[start..<start + pattern.count].elementsEqual(pattern) {
                    matches.append(DetailMatch(line: index, offset: start, length: pattern.count))
                    start += pattern.count
                } else {
                    start += 1
                }
            }
        }
        return matches
    }
}

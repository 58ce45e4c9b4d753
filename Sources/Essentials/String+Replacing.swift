extension String {
    /// Every occurrence of `target` replaced; the string itself when there is none.
    ///
    /// Matched on UTF-8 bytes, not on Characters: a quote or a key followed by a combining mark
    /// forms one Character with it, and a Character-wise search would miss it (the CSV fuzz
    /// target found a quote that was not doubled that way).
    public func replacingAll(_ target: String, with replacement: String) -> String {
        let needle = Array(target.utf8)
        guard !needle.isEmpty else { return self }
        let bytes = Array(utf8)
        guard bytes.count >= needle.count else { return self }
        var output: [UInt8] = []
        var index = 0
        var found = false
        while index < bytes.count {
            if index + needle.count <= bytes.count, bytes[index] == needle[0],
                bytes[index..<index + needle.count].elementsEqual(needle)
            {
                output += replacement.utf8
                index += needle.count
                found = true
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return found ? String(decoding: output, as: UTF8.self) : self
    }
}

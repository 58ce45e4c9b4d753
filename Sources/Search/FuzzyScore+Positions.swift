extension FuzzyScore {
    /// Where the best match of `pattern` lies in `text` (byte offsets into its UTF-8, both already
    /// case-folded as wanted), for highlighting; nil when it does not match. The same walk as
    /// `score`, from the start that scores best.
    public static func positions(_ pattern: String, in text: String) -> (score: Int, offsets: [Int])? {
        let needle = Array(pattern.utf8)
        let bytes = Array(text.utf8)
        guard let first = needle.first else { return (0, []) }
        return bytes.withUnsafeBufferPointer { buffer -> (score: Int, offsets: [Int])? in
            var best: (score: Int, start: Int)?
            var start = 0
            while needle.count <= buffer.count, start <= buffer.count - needle.count {
                guard let found = buffer[start...].firstIndex(of: first),
                    let score = scoreFrom(found, needle, buffer)
                else { break }
                if best == nil || score > best!.score { best = (score, found) }
                start = found + 1
            }
            guard let best else { return nil }
            var offsets: [Int] = []
            var position = best.start
            for byte in needle {
                while position < buffer.count, buffer[position] != byte { position += 1 }
                offsets.append(position)
                position += 1
            }
            return (best.score, offsets)
        }
    }
}

import Glibc

/// Substring search over UTF-8 bytes (memchr for the first byte, memcmp for the rest): many
/// times faster than `String.contains`, which compares Unicode canonical equivalents character
/// by character. The texts searched are already case-folded, so byte equality is what the
/// filter means.
enum ByteSearch {
    static func contains(_ haystack: String, _ needle: [UInt8]) -> Bool {
        if needle.isEmpty { return true }
        var text = haystack
        return text.withUTF8 { bytes in
            guard bytes.count >= needle.count, let base = bytes.baseAddress else { return false }
            return needle.withUnsafeBufferPointer { pattern in
                guard let patternBase = pattern.baseAddress else { return false }
                let last = bytes.count - pattern.count
                var offset = 0
                while offset <= last {
                    guard let found = memchr(base + offset, Int32(patternBase[0]), last - offset + 1) else { return false }
                    let position = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
                    if memcmp(found, patternBase, pattern.count) == 0 { return true }
                    offset = position + 1
                }
                return false
            }
        }
    }
}

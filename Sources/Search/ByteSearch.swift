import Glibc

/// Substring search over UTF-8 bytes. The texts searched are already case-folded, so byte
/// equality is what the filter means (`String.contains` compares Unicode canonical equivalents
/// character by character, many times slower).
///
/// Sixteen starting positions are tested at a time against the needle's first and last bytes
/// (the "generic SIMD" substring search): in tokens and UUIDs any one byte is common, but a
/// pair at the needle's distance apart rarely is, so `memcmp` runs seldom and the scan moves at
/// vector speed. A one-byte needle is `memchr`.
enum ByteSearch {
    private typealias Block = SIMD16<UInt8>

    /// The first offset in `range` of `text` where `needle` starts and fits wholly in the range.
    static func first(_ needle: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>, range: Range<Int>)
        -> Int?
    {
        let count = needle.count
        if count == 0 { return range.lowerBound }
        guard let needleBase = needle.baseAddress, let base = text.baseAddress, range.count >= count else { return nil }
        let lastStart = range.upperBound - count
        if count == 1 {
            guard let found = memchr(base + range.lowerBound, Int32(needleBase[0]), lastStart - range.lowerBound + 1)
            else { return nil }
            return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
        }
        let raw = UnsafeRawPointer(base)
        let head = Block(repeating: needleBase[0])
        let tail = Block(repeating: needleBase[count - 1])
        var start = range.lowerBound
        while start + Block.scalarCount - 1 <= lastStart {
            let firsts = raw.loadUnaligned(fromByteOffset: start, as: Block.self)
            let lasts = raw.loadUnaligned(fromByteOffset: start + count - 1, as: Block.self)
            let candidates = (firsts .== head) .& (lasts .== tail)
            if any(candidates) {
                for lane in 0..<Block.scalarCount where candidates[lane] {
                    if count == 2 || memcmp(base + start + lane + 1, needleBase + 1, count - 2) == 0 {
                        return start + lane
                    }
                }
            }
            start += Block.scalarCount
        }
        while start <= lastStart {
            if base[start] == needleBase[0], base[start + count - 1] == needleBase[count - 1],
                count == 2 || memcmp(base + start + 1, needleBase + 1, count - 2) == 0
            {
                return start
            }
            start += 1
        }
        return nil
    }

    static func contains(_ needle: [UInt8], in text: [UInt8]) -> Bool {
        needle.withUnsafeBufferPointer { pattern in
            text.withUnsafeBufferPointer { buffer in first(pattern, in: buffer, range: 0..<buffer.count) != nil }
        }
    }
}

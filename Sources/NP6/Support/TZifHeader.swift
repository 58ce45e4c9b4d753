/// A TZif header's counts, and how long the data block after it is.
struct TZifHeader {
    let version: Int
    let isUTCCount, isStandardCount, leapCount, transitionCount, typeCount, characterCount: Int

    init?(_ bytes: [UInt8], at start: Int) {
        guard start >= 0, start + 44 <= bytes.count, Array(bytes[start..<start + 4]) == Array("TZif".utf8) else {
            return nil
        }
        version = bytes[start + 4] == 0 ? 1 : Int(bytes[start + 4]) - 0x30
        let counts = (0..<6).map { Int(Self.integer(bytes, at: start + 20 + $0 * 4, size: 4)) }
        (isUTCCount, isStandardCount, leapCount, transitionCount, typeCount, characterCount) =
            (counts[0], counts[1], counts[2], counts[3], counts[4], counts[5])
        guard counts.allSatisfy({ $0 < 1 << 20 }) else { return nil }
    }

    func dataLength(timeSize: Int) -> Int {
        transitionCount * (timeSize + 1) + typeCount * 6 + characterCount + leapCount * (timeSize + 4)
            + isStandardCount + isUTCCount
    }

    /// A big-endian unsigned integer of `size` bytes.
    static func integer(_ bytes: [UInt8], at position: Int, size: Int) -> UInt64 {
        bytes[position..<position + size].reduce(0) { $0 << 8 | UInt64($1) }
    }
}

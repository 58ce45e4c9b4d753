/// A small deterministic generator (SplitMix64): the sandbox's `bulk-N` is the same contact on
/// every run, and a seeded test can be replayed from its seed.
public struct SplitMix64: RandomNumberGenerator {
    public static let hex = Array("0123456789abcdef".utf8)
    public static let base64url = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    private var state: UInt64

    public init(seed: UInt64) {
        state = seed &* 0x9E37_79B9_7F4A_7C15 &+ 1
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    public mutating func token(alphabet: [UInt8], length: Int) -> String {
        var bytes = [UInt8]()
        bytes.reserveCapacity(length)
        var bits = next()
        var remaining = 10
        for _ in 0..<length {
            if remaining == 0 {
                bits = next()
                remaining = 10
            }
            bytes.append(alphabet[Int(bits & 63) % alphabet.count])
            bits >>= 6
            remaining -= 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    public mutating func uuid() -> String {
        let a = next()
        let b = next()
        func hex(_ value: UInt64, _ digits: Int) -> String {
            let text = String(value, radix: 16)
            return String(repeating: "0", count: max(0, digits - text.count)) + text
        }
        return
            """
            \(hex(a >> 32, 8))-\(hex((a >> 16) & 0xFFFF, 4))-4\(hex(a & 0xFFF, 3))-\(hex(8 | (b >> 62), 1))\
            \(hex((b >> 48) & 0xFFF, 3))-\(hex(b & 0xFFFF_FFFF_FFFF, 12))
            """
    }
}

import Glibc

extension UnsafeBufferPointer<UInt8> {
    /// Whether two runs of bytes are equal, by `memcmp`: `elementsEqual` goes a byte at a time
    /// through the generic `Sequence` path, which `perf` showed at a tenth of a 100,000-row decode.
    @inlinable
    public func hasSameBytes(as other: UnsafeBufferPointer<UInt8>) -> Bool {
        guard count == other.count else { return false }
        guard count > 0, let base = baseAddress, let otherBase = other.baseAddress else { return true }
        return memcmp(base, otherBase, count) == 0
    }
}

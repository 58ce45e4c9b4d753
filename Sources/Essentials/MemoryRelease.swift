import Glibc

/// Hands freed heap memory back to the system. glibc keeps what a large answer's buffers
/// (the received body, decoding scratch) freed; without this the process stays as large as its
/// peak long after the answer became a compact list.
public enum MemoryRelease {
    private typealias MallocTrim = @convention(c) (Int) -> Int32

    /// `malloc_trim(0)`, looked up at run time: Swift's Glibc module does not declare it.
    public static func returnFreedMemory() {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
    }
}

import Glibc
import Localization

/// Reads a small file whole, refusing one larger than a bound before reading it: a config file
/// or a key file of 300 MB is a mistake, not something to hold in memory.
public enum BoundedFile {
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The file's bytes; `limit` in bytes. A file that grows while it is read stops at the bound.
    public static func read(_ path: String, limit: Int) throws(Failure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(description: SystemErrorText.text(errno: errno)) }
        defer { close(descriptor) }
        var info = stat()
        if fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) > limit {
            throw tooLarge(limit)
        }
        var bytes: [UInt8] = []
        var block = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = block.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(description: SystemErrorText.text(errno: errno))
            }
            guard bytes.count + count <= limit else { throw tooLarge(limit) }
            bytes.append(contentsOf: block[..<count])
        }
    }

    private static func tooLarge(_ limit: Int) -> Failure {
        Failure(
            description: Message.fileTooLarge(size: limit >= 1 << 20 ? "\(limit >> 20) MiB" : "\(limit >> 10) KiB")
                .text())
    }
}

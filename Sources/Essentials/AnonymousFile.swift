import CLibC
import Glibc

/// Bytes in a file that lives in memory only (memfd), read from its start: what a child process
/// gets on its standard input instead of a pipe. A child that ends without reading them leaves
/// nothing half-written: through a pipe, swift-subprocess 1.0.2 traps ("FileDescriptor … was not
/// closed") when the child exits before its input is written, which crashed the browser when a
/// pager did not start.
public enum AnonymousFile {
    /// A descriptor positioned at the first byte; the caller closes it (or hands it to a child
    /// process that closes it once spawned).
    public static func holding(_ bytes: [UInt8]) throws(OutputError) -> Int32 {
        let descriptor = np6_anonymous_file("np6-subs-input")
        guard descriptor >= 0 else { throw OutputError(code: errno) }
        do throws(OutputError) {
            try bytes.withUnsafeBufferPointer { buffer throws(OutputError) in
                try FileOutput(descriptor: descriptor).write(buffer)
            }
            guard lseek(descriptor, 0, SEEK_SET) == 0 else { throw OutputError(code: errno) }
        } catch {
            close(descriptor)
            throw error
        }
        return descriptor
    }
}

import Glibc

/// A small file replaced whole and on disk before the call returns: written beside its place,
/// synced, renamed over it, and the folder synced, so a crash leaves the old file or the new one,
/// never half of either.
public enum DurableFile {
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
        /// The system's error (ENOSPC, EACCES…), for a message in the program's language.
        public var code: Int32 = 0
    }

    public static func write(_ bytes: [UInt8], to path: String, mode: mode_t = 0o600) throws(Failure) {
        let temporary = path + ".tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, mode)
        guard descriptor >= 0 else { throw failure("cannot create \(temporary)") }
        let output = FileOutput(descriptor: descriptor)
        do {
            try bytes.withUnsafeBufferPointer { (buffer) throws(OutputError) in try output.write(buffer) }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw Failure(description: "cannot write \(temporary): \(error.description)", code: error.code)
        }
        guard fsync(descriptor) == 0 else {
            let failure = failure("cannot sync \(temporary)")
            close(descriptor)
            unlink(temporary)
            throw failure
        }
        close(descriptor)
        guard rename(temporary, path) == 0 else {
            let failure = failure("cannot rename \(temporary) to \(path)")
            unlink(temporary)
            throw failure
        }
        syncFolder(of: path)
    }

    /// Syncs the folder holding `path`, so a rename or an unlink in it is on disk too.
    public static func syncFolder(of path: String) {
        let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        let descriptor = open(folder.isEmpty ? "/" : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    private static func failure(_ what: String) -> Failure {
        let code = errno
        return Failure(description: "\(what): \(SystemErrorText.text(errno: code))", code: code)
    }
}

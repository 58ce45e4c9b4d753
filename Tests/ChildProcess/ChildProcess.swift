import Foundation
import Glibc

/// The tests' one way of running a process: posix_spawn and waitpid, with output to a file,
/// shared by every test target. Not swift-subprocess (the program's way) nor Foundation's Process:
/// a tmux server daemonises from a child and must start with a clean signal mask and default
/// handlers (see `spawn`), Foundation's Process loses track of children when it does, and the
/// background servers (the sandbox, tinyproxy) outlive any one call, which a body-scoped run
/// does not allow.
public enum ChildProcess {
    public struct Result: Sendable {
        public var status: Int32
        public var output: String
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Spawns `arguments` (looked up in PATH) with stdout and stderr to `outputPath`; returns the pid.
    public static func spawn(_ arguments: [String], environment: [String: String], outputPath: String) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        // The test runner's threads block most signals, and a child inherits that mask: a tmux
        // server with SIGCHLD blocked never notices its panes ended and outlives kill-server.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGHUP, SIGINT, SIGTERM, SIGCHLD, SIGPIPE, SIGWINCH] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let status = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
        guard status == 0 else {
            throw Failure(description: "cannot start \(arguments[0]): \(String(cString: strerror(status)))")
        }
        return pid
    }

    /// Runs to completion and returns the exit status and output. It suspends while the child
    /// runs: a test blocked in waitpid would hold one of the concurrency pool's two threads.
    public static func run(_ arguments: [String], environment: [String: String]) async throws -> Result {
        let outputPath = NSTemporaryDirectory() + "np6-e2e-out-\(UUID().uuidString)"
        defer { unlink(outputPath) }
        let pid = try spawn(arguments, environment: environment, outputPath: outputPath)
        var raw: Int32 = 0
        while true {
            let reaped = waitpid(pid, &raw, WNOHANG)
            if reaped == pid { break }
            if reaped < 0, errno != EINTR { return Result(status: -1, output: "") }
            try? await Task.sleep(for: .milliseconds(10))
        }
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        return Result(status: Self.status(raw), output: output)
    }

    /// The same, blocking: for tmux's own commands, which return at once.
    public static func runBlocking(_ arguments: [String], environment: [String: String]) throws -> Result {
        let outputPath = NSTemporaryDirectory() + "np6-e2e-out-\(UUID().uuidString)"
        defer { unlink(outputPath) }
        let pid = try spawn(arguments, environment: environment, outputPath: outputPath)
        let status = wait(pid)
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        return Result(status: status, output: output)
    }

    /// Waits for `pid` and returns its exit status (128 + signal if it was killed).
    public static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return -1 }
        }
        return Self.status(status)
    }

    /// The exit status of a waitpid status word (128 + the signal for a killed child).
    public static func status(_ raw: Int32) -> Int32 {
        if raw & 0x7F == 0 { return (raw >> 8) & 0xFF }
        return 128 + (raw & 0x7F)
    }
}

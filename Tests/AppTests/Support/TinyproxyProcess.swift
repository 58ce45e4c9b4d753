import ChildProcess
import Foundation
import Glibc

/// Debian's tinyproxy, a real HTTP proxy, on a loopback port of its own with a log file, for the
/// proxy tests (`.ci/run` installs it). With `credentials` it asks for Basic authentication.
final class TinyproxyProcess {
    let port: Int
    let logPath: String
    private let folder: String
    private let pid: pid_t

    /// A free port can be taken by another test between the probe and tinyproxy's bind: then
    /// tinyproxy exits ("Could not create listening sockets") and another port is tried.
    init(credentials: (user: String, password: String)? = nil) throws {
        folder = NSTemporaryDirectory() + "np6-tinyproxy-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        logPath = folder + "/tinyproxy.log"
        var started: (pid: pid_t, port: Int)?
        for _ in 0..<5 where started == nil {
            let port = try Self.freePort()
            var configuration = """
                Port \(port)
                Listen 127.0.0.1
                Timeout 30
                LogFile "\(logPath)"
                LogLevel Info
                MaxClients 20

                """
            if let credentials { configuration += "BasicAuth \(credentials.user) \(credentials.password)\n" }
            try configuration.write(toFile: folder + "/tinyproxy.conf", atomically: true, encoding: .utf8)
            let pid = try ChildProcess.spawn(
                ["tinyproxy", "-d", "-c", folder + "/tinyproxy.conf"], environment: ProcessInfo.processInfo.environment,
                outputPath: folder + "/out.log")
            var exited = false
            try waitUntilBlocking("tinyproxy to listen on \(port)") {
                var status: Int32 = 0
                exited = waitpid(pid, &status, WNOHANG) == pid
                return exited || Self.accepts(port)
            }
            if !exited { started = (pid, port) }
        }
        guard let started else {
            let output = (try? String(contentsOfFile: folder + "/out.log", encoding: .utf8)) ?? ""
            try? FileManager.default.removeItem(atPath: folder)
            throw E2EFailure("tinyproxy did not start: \(output)")
        }
        (pid, port) = started
    }

    /// What the proxy logged so far.
    var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    /// The requests it was sent, one log line each (`Request (file descriptor 6): CONNECT host:port`).
    /// Its other lines come late and at random: the readiness probe's connection is logged as an
    /// error when tinyproxy gives up reading it, 30 s on.
    var requests: [String] { log.split(separator: "\n").filter { $0.contains("]: Request (") }.map(String.init) }

    func stop() {
        kill(pid, SIGTERM)
        _ = ChildProcess.wait(pid)
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// A port nothing listens on now: bound to 0, read back, closed.
    static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw E2EFailure("no socket") }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0
            }
        }
        guard bound else { throw E2EFailure("cannot bind a loopback port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    static func accepts(_ port: Int) -> Bool {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { return false }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        return withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }
}

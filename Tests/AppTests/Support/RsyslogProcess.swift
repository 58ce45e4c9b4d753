import ChildProcess
import Foundation
import Glibc
import TLSTestSupport

/// A real rsyslog on a loopback port, in a folder of its own: RFC 5425 over TLS (the ossl driver,
/// the test CA's `valid` certificate), every message written to `collected.log` as
/// `RSYSLOG_SyslogProtocol23Format` writes it. Stopped and started again on the same port.
final class RsyslogProcess {
    let folder: String
    let port: Int
    private var pid: pid_t?

    var file: String { folder + "/collected.log" }

    init(pki: TestPKI) throws {
        folder = NSTemporaryDirectory() + "np6-rsyslog-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder + "/work", withIntermediateDirectories: true)
        port = try Self.freePort()
        let config = """
            global(workDirectory="\(folder)/work" maxMessageSize="64k"
              defaultNetstreamDriver="ossl"
              defaultNetstreamDriverCAFile="\(pki.caCertificate)"
              defaultNetstreamDriverCertFile="\(pki.certificate(.valid))"
              defaultNetstreamDriverKeyFile="\(pki.key(.valid))")
            module(load="imtcp" streamDriver.name="ossl" streamDriver.mode="1" streamDriver.authMode="anon")
            input(type="imtcp" port="\(port)" address="127.0.0.1")
            action(type="omfile" file="\(file)" template="RSYSLOG_SyslogProtocol23Format")

            """
        try config.write(toFile: folder + "/rsyslog.conf", atomically: true, encoding: .utf8)
        try start()
    }

    static var binary: String {
        ["/usr/sbin/rsyslogd", "/sbin/rsyslogd"].first { FileManager.default.isExecutableFile(atPath: $0) }
            ?? "rsyslogd"
    }

    func start() throws {
        pid = try ChildProcess.spawn(
            [Self.binary, "-n", "-f", folder + "/rsyslog.conf", "-i", folder + "/rsyslog.pid"],
            environment: ProcessInfo.processInfo.environment, outputPath: folder + "/rsyslogd.out")
        let port = self.port
        try waitUntilBlocking("rsyslog listening on \(port)") { Self.accepts(port) }
    }

    func stop() {
        guard let pid else { return }
        kill(pid, SIGTERM)
        _ = ChildProcess.wait(pid)
        self.pid = nil
    }

    func remove() {
        stop()
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// The collected file's lines (none before the first message).
    var lines: [String] {
        ((try? String(contentsOfFile: file, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }

    /// Waits until `count` lines match, then returns them.
    @discardableResult
    func waitFor(_ count: Int, matching: @escaping (String) -> Bool = { _ in true }) async throws -> [String] {
        let deadline = ContinuousClock.now + .seconds(20)
        while true {
            let found = lines.filter(matching)
            if found.count >= count { return found }
            if ContinuousClock.now > deadline {
                throw E2EFailure("rsyslog holds \(found.count) of \(count) lines: \(lines)")
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    static func accepts(_ port: Int) -> Bool {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }

    static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0
            }
        }
        guard bound else { throw E2EFailure("no free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

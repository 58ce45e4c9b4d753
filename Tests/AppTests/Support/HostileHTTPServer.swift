import Foundation
import Glibc
import Synchronization

/// A loopback HTTP/1.1 server that answers with whatever bytes a test gives it, malformed ones
/// included (a bad status line, a control character in a header), which no well-behaved server
/// library will send. One thread accepts; each connection serves requests until it is closed.
final class HostileHTTPServer: Sendable {
    /// A request as it arrived: its method and path, and the raw answer to send back.
    typealias Responder = @Sendable (_ method: String, _ path: String) -> [UInt8]

    let port: UInt16
    private let listener: Int32
    private let requests = RequestLog()

    var baseURL: String { "http://127.0.0.1:\(port)" }
    /// `DELETE /subscriptions/x`, in arrival order.
    var requestLines: [String] { requests.lines.withLock { $0 } }

    final class RequestLog: Sendable {
        let lines = Mutex<[String]>([])
    }

    init(responder: @escaping Responder) throws {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw E2EFailure("socket: \(String(cString: strerror(errno)))") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                Glibc.bind(socket, pointer, length) == 0 && listen(socket, 16) == 0
                    && getsockname(socket, pointer, &length) == 0
            }
        }
        guard bound else { throw E2EFailure("bind: \(String(cString: strerror(errno)))") }
        listener = socket
        port = UInt16(bigEndian: address.sin_port)
        let requests = self.requests
        Thread.detachNewThread {
            while true {
                let connection = accept(socket, nil, nil)
                if connection < 0 {
                    if errno == EINTR { continue }
                    return
                }
                Thread.detachNewThread { Self.serve(connection, responder: responder, requests: requests) }
            }
        }
    }

    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private static func serve(_ connection: Int32, responder: Responder, requests: RequestLog) {
        defer { close(connection) }
        var pending: [UInt8] = []
        var block = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            guard let end = pending.firstRange(of: Array("\r\n\r\n".utf8)) else {
                let count = read(connection, &block, block.count)
                guard count > 0 else { return }
                pending.append(contentsOf: block[..<count])
                continue
            }
            let head = String(decoding: pending[..<end.lowerBound], as: UTF8.self)
            let words = head.split(separator: "\r\n").first?.split(separator: " ") ?? []
            let bodyLength =
                head.split(separator: "\r\n").dropFirst().compactMap { line -> Int? in
                    let parts = line.split(separator: ":", maxSplits: 1)
                    guard parts.count == 2, parts[0].lowercased() == "content-length" else { return nil }
                    return Int(parts[1].trimmingCharacters(in: .whitespaces))
                }.first ?? 0
            while pending.count < end.upperBound + bodyLength {
                let count = read(connection, &block, block.count)
                guard count > 0 else { return }
                pending.append(contentsOf: block[..<count])
            }
            pending.removeSubrange(..<(end.upperBound + bodyLength))
            guard words.count >= 2 else { return }
            let method = String(words[0])
            let path = String(words[1])
            requests.lines.withLock { $0.append("\(method) \(path)") }
            let answer = responder(method, path)
            var offset = 0
            while offset < answer.count {
                let written = answer[offset...].withUnsafeBytes { write(connection, $0.baseAddress, $0.count) }
                guard written > 0 else { return }
                offset += written
            }
        }
    }

    /// A well-formed answer with a JSON body.
    static func json(_ status: Int, _ reason: String, _ body: String) -> [UInt8] {
        let bytes = Array(body.utf8)
        return Array(
            "HTTP/1.1 \(status) \(reason)\r\nContent-Type: application/json\r\nContent-Length: \(bytes.count)\r\n\r\n"
                .utf8) + bytes
    }
}

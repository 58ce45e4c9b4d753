import Essentials
import FoundationEssentials
import Glibc
import Localization
import NIOCore
import NIOPosix
import NP6

/// The network steps of `doctor`, one at a time, so a failure names its step: the name
/// resolves, TCP connects, TLS verifies (through the same transport the program uses, so with
/// the same trust), then the server answers.
enum NetworkProbe {
    /// The addresses `host` resolves to, or the resolver's complaint.
    static func resolve(_ host: String, port: Int) async -> Result<[String], ProbeFailure> {
        await Task.detached {
            var hints = addrinfo()
            hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
            var list: UnsafeMutablePointer<addrinfo>?
            let status = getaddrinfo(host, String(port), &hints, &list)
            guard status == 0, let first = list else {
                return .failure(ProbeFailure(String(cString: gai_strerror(status))))
            }
            defer { freeaddrinfo(first) }
            var addresses: [String] = []
            var cursor: UnsafeMutablePointer<addrinfo>? = first
            while let entry = cursor {
                var buffer = [CChar](repeating: 0, count: Int(NI_MAXHOST))
                if getnameinfo(
                    entry.pointee.ai_addr, entry.pointee.ai_addrlen, &buffer, socklen_t(buffer.count), nil, 0,
                    NI_NUMERICHOST) == 0
                {
                    let address = String(
                        decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                    if !addresses.contains(address) { addresses.append(address) }
                }
                cursor = entry.pointee.ai_next
            }
            return .success(addresses)
        }.value
    }

    /// How long a TCP connection to `host:port` took, or why it failed (SwiftNIO's bootstrap).
    static func connect(_ host: String, port: Int, timeout: Duration) async -> Result<Duration, ProbeFailure> {
        let started = ContinuousClock.now
        do {
            let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .connectTimeout(.nanoseconds(Int64(timeout.components.seconds) * 1_000_000_000))
                .connect(host: host, port: port).get()
            try? await channel.close().get()
            return .success(ContinuousClock.now - started)
        } catch let error as NIOConnectionError {
            // The system's reason for the first address tried, e.g. "Connection refused".
            let first = error.connectionErrors.first?.error
            if let io = first as? IOError { return .failure(ProbeFailure(SystemErrorText.text(errno: io.errnoCode))) }
            if let channel = first as? ChannelError, case .connectTimeout = channel {
                return .failure(
                    ProbeFailure(Message.doctorNoAnswerWithin(timeout: DoctorTimeouts.text(timeout)).text()))
            }
            return .failure(ProbeFailure(first.map { String(describing: $0) } ?? String(describing: error)))
        } catch ChannelError.connectTimeout {
            return .failure(ProbeFailure(Message.doctorNoAnswerWithin(timeout: DoctorTimeouts.text(timeout)).text()))
        } catch {
            return .failure(ProbeFailure(String(describing: error)))
        }
    }

    /// One unauthenticated GET of the base URL through `transport`: any HTTP answer proves the
    /// TLS handshake verified; its `Date` header gives the server's clock.
    static func answer(_ baseURL: NP6BaseURL, transport: HTTPTransport, timeout: Duration) async -> Result<
        HTTPExchangeResponse, TransportError
    > {
        let request = HTTPExchangeRequest(
            method: "GET", url: baseURL.origin + "/", headers: [HTTPHeader("User-Agent", NP6Client.userAgent)])
        do { return .success(try await transport.send(request, timeout: timeout, maximumBodyBytes: 64 * 1024)) } catch {
            return .failure(error)
        }
    }
}

import Essentials
import Glibc
import NIOCore
import NIOPosix
import NIOSSL
import Synchronization

/// Sends messages to a collector over one connection: TLS (RFC 5425) or TCP, each message in an
/// octet-counting frame. A message counts as delivered once its write and flush succeeded: syslog
/// has no acknowledgement of its own (docs/audit.md says what that does not prove).
public enum SyslogSender {
    /// Writes every message in order, then closes the connection (TLS's close_notify); throws when
    /// the connection, the handshake or a write failed, or when it all took longer than the
    /// collector's timeout.
    public static func send(_ messages: [SyslogMessage], to collector: AuditCollector) async throws(AuditFailure) {
        let context: NIOSSLContext?
        do { context = try tlsContext(collector) } catch {
            throw AuditFailure("cannot set up TLS for \(collector.display): \(describe(error))")
        }
        let timedOut = Atomic<Bool>(false)
        let timeout = TimeAmount.nanoseconds(
            Int64(collector.timeout.components.seconds) * 1_000_000_000 + collector.timeout.components.attoseconds
                / 1_000_000_000)
        let isAddress = collector.host.contains(":") || collector.host.allSatisfy { $0.isNumber || $0 == "." }
        let bootstrap = ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(timeout)
            .channelInitializer { channel in
                guard let context else { return channel.eventLoop.makeSucceededVoidFuture() }
                return channel.eventLoop.makeCompletedFuture {
                    // SNI and the name check want a host name; an address is checked against the
                    // certificate's IP addresses.
                    let handler = try NIOSSLClientHandler(
                        context: context, serverHostname: isAddress ? nil : collector.host)
                    try channel.pipeline.syncOperations.addHandler(handler)
                }
            }
        let channel: any Channel
        do { channel = try await bootstrap.connect(host: collector.host, port: collector.port).get() } catch {
            throw AuditFailure("cannot connect to \(collector.display): \(describe(error))")
        }
        // One deadline for the handshake and every write: a collector that takes the connection
        // and then nothing must not hold a delete for long.
        let deadline = channel.eventLoop.scheduleTask(in: timeout) {
            timedOut.store(true, ordering: .relaxed)
            channel.close(promise: nil)
        }
        do {
            var buffer = channel.allocator.buffer(capacity: messages.reduce(0) { $0 + $1.encoded.utf8.count + 8 })
            for message in messages { buffer.writeBytes(message.framed) }
            try await channel.writeAndFlush(buffer).get()
            deadline.cancel()
            try? await channel.close().get()
        } catch {
            deadline.cancel()
            try? await channel.close().get()
            if timedOut.load(ordering: .relaxed) {
                throw AuditFailure(
                    "\(collector.display) took nothing within \(Int(collector.timeout.components.seconds)) s")
            }
            throw AuditFailure("\(collector.display) did not take the events: \(describe(error))")
        }
    }

    static func tlsContext(_ collector: AuditCollector) throws -> NIOSSLContext? {
        guard collector.transport == .tls else { return nil }
        var configuration = TLSConfiguration.makeClientConfiguration()
        if let caFile = collector.caFile { configuration.trustRoots = .file(caFile) }
        if let certificate = collector.certificateFile, let key = collector.keyFile {
            configuration.certificateChain = try NIOSSLCertificate.fromPEMFile(certificate).map { .certificate($0) }
            configuration.privateKey = .privateKey(try NIOSSLPrivateKey(file: key, format: .pem))
        }
        return try NIOSSLContext(configuration: configuration)
    }

    /// The system's reason for a refused connection, NIOSSL's for a handshake: short and English.
    static func describe(_ error: any Error) -> String {
        if let connection = error as? NIOConnectionError, let first = connection.connectionErrors.first?.error {
            return describe(first)
        }
        if let io = error as? IOError { return SystemErrorText.text(errno: io.errnoCode) }
        if let channel = error as? ChannelError, case .connectTimeout = channel { return "no answer" }
        if let ssl = error as? NIOSSLError {
            if case .handshakeFailed(let inner) = ssl { return "TLS handshake failed (\(inner))" }
            return "TLS: \(ssl)"
        }
        return String(describing: error)
    }
}

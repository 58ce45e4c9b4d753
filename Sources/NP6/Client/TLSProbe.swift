import Essentials
import FoundationEssentials
import Localization
import NIOCore
import NIOPosix
import NIOSSL
import NIOTLS

/// One TLS handshake and nothing else (no request, no key): `doctor` reports what it negotiated,
/// and after a failed connection it tells which TLS failure it was. SwiftNIO's bootstrap and
/// NIOSSL do the handshake; swift-certificates reads the certificate.
public enum TLSProbe {
    /// Shakes hands with `host:port`. With `verify`, as the client does (the system's roots plus
    /// `trustRoots`, the host name checked); without, only to read what the server presents.
    /// Through `proxy`, inside a CONNECT tunnel, as the client goes.
    public static func handshake(
        host: String, port: Int, trustRoots: [String], verify: Bool, proxy: ProxySettings? = nil,
        timeout: Duration = .seconds(5)
    ) async throws -> TLSPeer {
        var configuration = TLSConfiguration.makeClientConfiguration()
        if verify {
            configuration.additionalTrustRoots = TrustRoots.additional(trustRoots)
        } else {
            configuration.certificateVerification = .none
        }
        let context = try NIOSSLContext(configuration: configuration)
        let isAddress = host.contains(":") || host.allSatisfy { $0.isNumber || $0 == "." }
        let bootstrap = ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(
                .nanoseconds(
                    Int64(timeout.components.seconds) * 1_000_000_000 + timeout.components.attoseconds / 1_000_000_000))
        let channel: any Channel
        if let proxy {
            channel = try await ProxyProbe.tunnel(
                through: proxy, to: host, port: port, bootstrap: bootstrap, timeout: timeout)
        } else {
            channel = try await bootstrap.connect(host: host, port: port).get()
        }
        defer { channel.close(promise: nil) }
        // SNI and the name check want a host name; an address is checked by NIOSSL against the
        // certificate's IP addresses.
        try await channel.eventLoop.submit {
            let handler = try NIOSSLClientHandler(context: context, serverHostname: isAddress ? nil : host)
            try channel.pipeline.syncOperations.addHandler(HandshakeWaiter())
            try channel.pipeline.syncOperations.addHandler(handler, position: .first)
        }.get()
        let waiter = try await channel.pipeline.handler(type: HandshakeWaiter.self).get()
        try await waiter.completed.futureResult.get()
        let version = try await channel.nioSSL_tlsVersion().get()
        guard let peer = try await channel.nioSSL_peerCertificate().get() else {
            throw ProbeError(Message.tlsNoCertificate.text())
        }
        var dnsNames: [String] = []
        var addresses: [String] = []
        for name in peer._subjectAlternativeNames() {
            switch name.nameType {
            case .dnsName: dnsNames.append(String(decoding: Array(name.contents), as: UTF8.self))
            case .ipAddress: addresses.append(Self.address(Array(name.contents)))
            default: break
            }
        }
        return TLSPeer(
            version: Self.name(of: version), subject: Self.distinguishedName(peer.subjectName),
            issuer: Self.distinguishedName(peer.issuerName),
            notValidBefore: Date(timeIntervalSince1970: Double(peer.notValidBefore)),
            notValidAfter: Date(timeIntervalSince1970: Double(peer.notValidAfter)), dnsNames: dnsNames,
            ipAddresses: addresses)
    }

    /// `CN=Example CA,O=Example,C=FR`: the certificate's last RDN first, as RFC 4514 writes a name
    /// (and swift-certificates did; NIOSSL reads it now, and the ASN.1 stack is not linked).
    static func distinguishedName(_ names: [SSLCertificateName]) -> String {
        let labels: [(SSLCertificateNameType, String)] = [
            (.commonName, "CN"), (.organization, "O"), (.organizationalUnit, "OU"), (.city, "L"), (.state, "ST"),
            (.country, "C"), (.emailAddress, "E"), (.userId, "UID"),
        ]
        return names.reversed().compactMap { name in
            labels.first { $0.0 == name.type }.map { "\($0.1)=\(name.value)" }
        }.joined(separator: ",")
    }

    /// Why a TLS connection to `host:port` failed, in one complete sentence with its fix: an
    /// expired (or not yet valid) certificate, one for another host name, one from an authority
    /// this machine does not trust, or no TLS that works at all.
    public static func explainFailure(
        host: String, port: Int, trustRoots: [String], proxy: ProxySettings? = nil, now: Date = Date()
    ) async -> String {
        let peer: TLSPeer
        do { peer = try await handshake(host: host, port: port, trustRoots: [], verify: false, proxy: proxy) } catch {
            return Message.tlsProtocolFailure(host: host, reason: reason(of: error)).text()
        }
        let day = ISO8601Timestamp(secondsSince1970: peer.notValidAfter.timeIntervalSince1970).utcDay
        if peer.notValidAfter < now {
            return Message.tlsExpired(day: day).text()
        }
        if peer.notValidBefore > now {
            let from = ISO8601Timestamp(secondsSince1970: peer.notValidBefore.timeIntervalSince1970).utcDay
            return Message.tlsNotYetValid(day: from).text()
        }
        if !peer.names(host) {
            let names = (peer.dnsNames + peer.ipAddresses).prefix(4).map { UntrustedText.sanitized($0) }.joined(
                separator: ", ")
            return Message.tlsOtherName(names: names.isEmpty ? Message.tlsAnotherName.text() : names, host: host).text()
        }
        let issuer = UntrustedText.sanitized(peer.issuer)
        let who = (peer.isSelfSigned ? Message.tlsSelfSigned(issuer: issuer) : .tlsUntrusted(issuer: issuer)).text()
        return Message.tlsPrivateCA(who: who).text()
    }

    /// BoringSSL's reason in words (`WRONG_VERSION_NUMBER` → `wrong version number`), without
    /// the source paths its errors carry; anything else as it describes itself.
    static func reason(of error: any Error) -> String {
        let text = String(describing: error)
        if let marker = text.firstRange(of: "OPENSSL_internal:") {
            let code = text[marker.upperBound...].prefix { $0.isUppercase || $0.isNumber || $0 == "_" }
            if !code.isEmpty { return code.lowercased().replacingAll("_", with: " ") }
        }
        return UntrustedText.sanitized(String(text.prefix(200)))
    }

    static func name(of version: TLSVersion?) -> String {
        switch version {
        case .tlsv13?: "TLS 1.3"
        case .tlsv12?: "TLS 1.2"
        case .tlsv11?: "TLS 1.1"
        case .tlsv1?: "TLS 1.0"
        case nil: "unknown"
        }
    }

    static func address(_ bytes: [UInt8]) -> String {
        if bytes.count == 4 { return bytes.map(String.init).joined(separator: ".") }
        guard bytes.count == 16 else { return bytes.map { String($0, radix: 16) }.joined(separator: ":") }
        return stride(from: 0, to: 16, by: 2).map { String(UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]), radix: 16) }
            .joined(separator: ":")
    }

    /// Fulfils `completed` when the handshake is done, fails it on an error or a closed channel;
    /// only the first of these counts (a promise may be completed once). Used on its event loop.
    final class HandshakeWaiter: ChannelInboundHandler, RemovableChannelHandler, @unchecked Sendable {
        typealias InboundIn = NIOAny
        var completed: EventLoopPromise<Void>!
        private var finished = false

        func handlerAdded(context: ChannelHandlerContext) {
            completed = context.eventLoop.makePromise()
        }

        private func finish(_ result: Result<Void, any Error>) {
            guard !finished else { return }
            finished = true
            completed.completeWith(result)
        }

        func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
            if case TLSUserEvent.handshakeCompleted = event { finish(.success(())) }
            context.fireUserInboundEventTriggered(event)
        }

        func errorCaught(context: ChannelHandlerContext, error: any Error) {
            finish(.failure(error))
            context.close(promise: nil)
        }

        func channelInactive(context: ChannelHandlerContext) {
            finish(.failure(ProbeError(Message.tlsClosedDuringHandshake.text())))
            context.fireChannelInactive()
        }
    }

    struct ProbeError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}

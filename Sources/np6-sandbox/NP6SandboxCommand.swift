import ArgumentParser
import Essentials
import Foundation
import NP6Sandbox

/// `np6-sandbox`: a local stand-in of the NP6 subscription API for tests and demos.
@main
struct NP6SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "np6-sandbox",
        abstract: "Serve a local, in-memory stand-in of the NP6 subscription API.",
        discussion: """
            Prints its base URL (http://HOST:PORT) as the first line on stdout, then serves until
            SIGINT or SIGTERM. Seeded contacts, bulk-N contacts and fault contacts are described
            in docs/sandbox.md.
            """
    )

    @Option(help: "Address to listen on. Loopback unless told otherwise.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on; 0 picks a free one.")
    var port = 0

    @Option(help: "The X-Key every request must carry. This is a test key, not an NP6 secret.")
    var key: String

    @Option(help: "A second key that may do everything but list applications (answers 403 there).")
    var restrictedKey: String?

    @Option(help: "Milliseconds added to every answer.")
    var latencyMs = 0

    @Option(name: .customLong("tls-cert"), help: "Serve https with this certificate chain (PEM); needs --tls-key.")
    var tlsCertificate: String?

    @Option(name: .customLong("tls-key"), help: "The private key (PEM) of --tls-cert.")
    var tlsKey: String?

    @Option(
        name: .customLong("rate-limit"),
        help:
            """
            At most N requests per window, e.g. 100/60s; past it, 429 with Retry-After. Every answer carries the \
            X-RateLimit-* headers. Default: 10000/60s.
            """
    )
    var rateLimit: String?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535.") }
        guard latencyMs >= 0 else { throw ValidationError("--latency-ms must not be negative.") }
        guard !key.isEmpty else { throw ValidationError("--key must not be empty.") }
        if (tlsCertificate == nil) != (tlsKey == nil) { throw ValidationError("--tls-cert and --tls-key go together.") }
        if let rateLimit, SandboxRateLimit(parsing: rateLimit) == nil {
            throw ValidationError("--rate-limit takes N/SECONDSs, e.g. 100/60s, not \"\(rateLimit)\".")
        }
    }

    func run() async throws {
        let server = try await NP6SandboxServer.start(
            host: host, port: port,
            options: .init(
                apiKey: key, restrictedKey: restrictedKey, latency: .milliseconds(latencyMs),
                rateLimit: rateLimit.flatMap(SandboxRateLimit.init(parsing:)) ?? .standard,
                tls: tlsCertificate.flatMap { certificate in tlsKey.map { (certificate, $0) } }),
            handleSignals: true
        )
        // Unbuffered, so a test reading the first line gets it at once; a closed stdout is an
        // error, not a trap.
        try FileOutput.standardOutput.write(server.baseURL + "\n")
        try await server.run()
    }
}

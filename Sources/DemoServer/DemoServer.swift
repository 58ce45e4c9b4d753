import FoundationEssentials
import NP6
import NP6Sandbox

/// The sandbox `--demo` talks to: started in-process on 127.0.0.1 with a key of its own, so the
/// interactive controller (App) never hosts a server and only sees a base URL and a key.
public struct DemoServer: Sendable {
    public let baseURL: NP6BaseURL
    public let apiKey: APIKey
    private let server: NP6SandboxServer

    /// Starts the seeded sandbox on a free loopback port.
    public static func start() async throws -> DemoServer {
        let key = "demo-" + UUID().uuidString
        let server = try await NP6SandboxServer.start(options: .init(apiKey: key))
        return DemoServer(baseURL: try NP6BaseURL(server.baseURL), apiKey: try APIKey(key), server: server)
    }

    public func stop() async {
        await server.stop()
    }
}

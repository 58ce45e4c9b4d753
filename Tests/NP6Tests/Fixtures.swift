import NP6
import NP6Sandbox
import Testing

/// The exact JSON of the NP6 reference (shared/np6-api.md and the seed page).
enum Fixtures {
    /// The two-subscription answer of `GET /targets/subscriptions?unicity=foobar`, verbatim.
    static let referenceList = """
        [ { "id": "0581e259-9039-487c-a94e-ff8c3944f956", "lifecycle": { "creation": { "date": \
        "2023-05-22T08:20:05.215Z", "user": null } }, "application": "56c874e9-2f8e-4b60-ab4b-6410c3238352", \
        "provider": { "type": "firebase", "token": "d4FAelIfREOTW2TPig-f9r:APA91bGQj91UnatpGQNFI6MMUxYo...." }, \
        "contact": { "type": "footprint", "id": "00000001", "unicity": "foobar", "hash": \
        "3858f62230ac3c915f300c664312c63f" } }, { "id": "ee3c161a-2ab2-4f10-b4f8-bd501eb14e50", "lifecycle": { \
        "creation": { "date": "2023-05-21T16:21:22.021Z", "user": null } }, "application": \
        "56c874e9-2f8e-4b60-ab4b-6410c3238352", "provider": { "type": "apns", "token": \
        "57b15e66ebaa9f2fb67df882821bed6c1fe622bb010cb...." }, "contact": { "type": "footprint", "id": "00000001", \
        "unicity": "foobar", "hash": "3858f62230ac3c915f300c664312c63f" } } ]
        """

    /// The Subscription example of np6-api.md, with a modification by a named user.
    static let referenceSubscription = """
        {
          "id": "0581e259-9039-487c-a94e-ff8c3944f956",
          "lifecycle": {
            "creation": { "date": "2023-05-22T08:20:05.215Z", "user": null },
            "modification": { "date": "2024-01-07T08:23:03.1Z", "user": { "id": "…", "name": "…" } }
          },
          "application": "56c874e9-2f8e-4b60-ab4b-6410c3238352",
          "provider": { "type": "firebase", "token": "d4FAelIfREOTW2TPig-f9r:APA91bGQj91UnatpGQNFI6MMUxYo...." },
          "contact": { "type": "footprint", "id": "00000001", "unicity": "foobar", "hash": \
          "3858f62230ac3c915f300c664312c63f" }
        }
        """

    static let referenceApplication = """
        { "type": "native", "id": "2399f53f-1b0e-4cbb-b81e-26c0f11359ca", "name": "my mobile app",
          "description": "An application that handles push notifications using firebase", "active": true,
          "stamp": { "creation": "2023-01-01T12:01:02.423Z", "modification": "2023-01-07T08:23:03.1Z" },
          "icon": null, "providers": [ { "type": "firebase", "key": "...", "sender": "np6.push" } ],
          "routes": [], "channels": null }
        """
}

/// A sandbox on a loopback port and a client pointed at it; stopped by `close()`.
struct LiveSandbox {
    static let key = "test-key-7f3a"
    static let restrictedKey = "restricted-key-19bd"

    let server: NP6SandboxServer
    let client: NP6Client

    static func start(
        latency: Duration = .zero, key: String = LiveSandbox.key, rateLimit: SandboxRateLimit = .standard,
        tls: (certificate: String, key: String)? = nil, configure: (inout NP6Client.Configuration) -> Void = { _ in }
    ) async throws -> LiveSandbox {
        let server = try await NP6SandboxServer.start(
            options: .init(
                apiKey: LiveSandbox.key, restrictedKey: LiveSandbox.restrictedKey, latency: latency,
                rateLimit: rateLimit, tls: tls))
        var configuration = NP6Client.Configuration(baseURL: try NP6BaseURL(server.baseURL))
        configuration.retryPolicy.initialBackoff = .milliseconds(20)
        configure(&configuration)
        let client = NP6Client(configuration: configuration, apiKey: try APIKey(key))
        return LiveSandbox(server: server, client: client)
    }

    func close() async {
        await client.shutdown()
        await server.stop()
    }

    /// Runs `body` against a fresh sandbox and always stops it.
    static func with<T>(
        latency: Duration = .zero, key: String = LiveSandbox.key, rateLimit: SandboxRateLimit = .standard,
        tls: (certificate: String, key: String)? = nil, configure: (inout NP6Client.Configuration) -> Void = { _ in },
        _ body: (LiveSandbox) async throws -> T
    ) async throws -> T {
        let sandbox = try await start(latency: latency, key: key, rateLimit: rateLimit, tls: tls, configure: configure)
        do {
            let result = try await body(sandbox)
            await sandbox.close()
            return result
        } catch {
            await sandbox.close()
            throw error
        }
    }
}

/// Expects `body` to throw exactly an NP6Error and returns it.
func expectNP6Error(_ body: () async throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) async
    -> NP6Error?
{
    do {
        try await body()
        Issue.record("expected an NP6Error, got success", sourceLocation: sourceLocation)
        return nil
    } catch let error as NP6Error {
        return error
    } catch {
        Issue.record("expected an NP6Error, got \(error)", sourceLocation: sourceLocation)
        return nil
    }
}

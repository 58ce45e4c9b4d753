import ChildProcess
import Foundation
import Glibc
import NP6

/// `np6-sandbox` running as its own process on a loopback port.
final class SandboxProcess {
    static let key = "e2e-key-5c1d"

    let pid: pid_t
    let baseURL: String
    let client: NP6Client
    /// The key this sandbox accepts (two sandboxes with two keys stand for two accounts).
    let apiKey: String
    private let outputPath: String

    /// `trustRoots`: what the test's own client trusts, for a sandbox serving https.
    init(key: String = SandboxProcess.key, extraArguments: [String] = [], trustRoots: [String] = []) throws {
        apiKey = key
        outputPath = NSTemporaryDirectory() + "np6-e2e-sandbox-\(UUID().uuidString)"
        pid = try ChildProcess.spawn(
            [try Binaries.path("np6-sandbox"), "--port", "0", "--key", key] + extraArguments,
            environment: ProcessInfo.processInfo.environment, outputPath: outputPath)
        var firstLine: String?
        let path = outputPath
        try waitUntilBlocking("the sandbox's base URL") {
            let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            if let newline = text.firstIndex(of: "\n") { firstLine = String(text[..<newline]) }
            return firstLine != nil
        }
        guard let url = firstLine, url.hasPrefix("http://127.0.0.1:") || url.hasPrefix("https://127.0.0.1:") else {
            throw E2EFailure("the sandbox did not print its URL: \(firstLine ?? "nothing")")
        }
        baseURL = url
        // The tests' own client waits long: a debug-built sandbox making bulk-100000 while the
        // other suites load both cores can take more than the product's 30 s.
        client = NP6Client(
            configuration: .init(
                baseURL: try NP6BaseURL(url), requestTimeout: .seconds(180), additionalTrustRoots: trustRoots),
            apiKey: try APIKey(key))
    }

    /// `127.0.0.1:PORT`: the host as the journal, the plans and the questions name it.
    var host: String { String(baseURL.drop { $0 != ":" }.dropFirst(3)) }

    /// Whether the sandbox still has this subscription (asked over HTTP, as any client would).
    func has(subscription id: String) async throws -> Bool {
        do {
            _ = try await client.subscription(id: id)
            return true
        } catch .notFound {
            return false
        }
    }

    func stop() async {
        await client.shutdown()
        // SIGTERM lets it finish in-flight requests; a deliberately slow one (fault-slow) would
        // hold it for 10 s, so it gets two seconds and then SIGKILL.
        kill(pid, SIGTERM)
        var status: Int32 = 0
        let deadline = ContinuousClock.now + .seconds(2)
        while waitpid(pid, &status, WNOHANG) == 0 {
            if ContinuousClock.now > deadline {
                kill(pid, SIGKILL)
                _ = ChildProcess.wait(pid)
                break
            }
            try? await Task.sleep(for: .milliseconds(20))
        }
        unlink(outputPath)
    }
}

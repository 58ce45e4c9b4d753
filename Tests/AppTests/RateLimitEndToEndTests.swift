import Foundation
import NP6
import TestTags
import Testing

/// NP6's rate limits against a sandbox that enforces one: the real binary paces itself, and the
/// browser shows a quota running low.
@Suite("End to end: rate limits", .serialized, .tags(.endToEnd, .slow), .notInFastRun)
struct RateLimitEndToEndTests {
    @Test("delete of four subscriptions paces itself: a sandbox allowing 5 requests per 2 s answers no 429")
    func pacedDelete() async throws {
        try await ScriptEndToEndTests.withSandbox(extraArguments: ["--rate-limit", "5/2s"]) { sandbox, state in
            let ids = try await sandbox.client.subscriptions(unicity: "bulk-4").map(\.id)
            #expect(ids.count == 4)
            let run = try await ScriptEndToEndTests.np6subs(
                ["delete", "--subscription"] + ids + ["--yes"], sandbox: sandbox, state: state)
            #expect(run.status == 0, "\(run.output)")
            let handled = try await sandbox.handled()
            let seen: [String] = handled.map { "\($0.method) \($0.status)" }
            // The test's own list, four fetches, the application names, four deletes.
            #expect(handled.count == 10, "\(seen)")
            #expect(!seen.contains { $0.hasSuffix(" 429") }, "a 429: \(seen)")
            #expect(seen.filter { $0.hasPrefix("DELETE") } == Array(repeating: "DELETE 204", count: 4), "\(seen)")
        }
    }

    @Test("the header shows the quota once less than a fifth is left, and the detail when it resets")
    func quotaOnScreen() async throws {
        try await BrowserSession.with(arguments: "--unicity foobar", sandboxArguments: ["--rate-limit", "10/600s"]) {
            session in
            // Opening made two requests (the list, the application names): 8 of 10 left, not low.
            #expect(!(try session.tmux.capture()).split(separator: "\n")[0].contains("left"))
            var header = ""
            for _ in 0..<12 {
                try session.tmux.send("r")
                let screen = try await session.tmux.waitForScreen("the refresh to finish") {
                    !$0.split(separator: "\n")[0].contains("loading")
                }
                header = String(screen.split(separator: "\n")[0])
                if header.contains("/10 left") { break }
            }
            #expect(header.contains("1/10 left") || header.contains("0/10 left"), "in the header: \(header)")
            let screen = try session.tmux.capture()
            #expect(screen.contains("API quota") && screen.contains("Resets"), "in the detail: \(screen)")
            try session.tmux.send("q")
            try await session.tmux.waitFor("EXITED-0")
        }
    }
}

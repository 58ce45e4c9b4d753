import Foundation
import TestTags
import Testing

/// A server that echoes the key back: the key must not reach stderr, the journal or the screen.
@Suite(
    "End to end: the key never appears, even when the server echoes it", .serialized, .tags(.endToEnd), .notInFastRun)
struct SecretEndToEndTests {
    static let echoSubscription = "fa017000-0000-4000-8000-000000000007"

    @Test("list and delete print the error with the key redacted, and the journal holds no key")
    func subcommands() async throws {
        try await ScriptEndToEndTests.withSandbox { sandbox, state in
            let list = try await ScriptEndToEndTests.np6subs(
                ["list", "--unicity", "fault-echo-key"], sandbox: sandbox, state: state)
            #expect(list.status == 1)
            #expect(list.output.contains("<redacted>"), "\(list.output)")
            #expect(!list.output.contains(SandboxProcess.key))
            let delete = try await ScriptEndToEndTests.np6subs(
                ["delete", "--subscription", Self.echoSubscription, "--yes"], sandbox: sandbox, state: state)
            #expect(delete.status == 1)
            #expect(delete.output.contains("<redacted>"), "\(delete.output)")
            #expect(!delete.output.contains(SandboxProcess.key))
            let journal = try String(contentsOfFile: state + "/np6-subs/journal.jsonl", encoding: .utf8)
            #expect(journal.contains("<redacted>"), "the outcome records the error")
            #expect(!journal.contains(SandboxProcess.key))
        }
    }

    @Test("the browser's error band shows the echo with the key redacted")
    func browser() async throws {
        try await BrowserSession.with(arguments: "--unicity fault-echo-key", readyText: "Server error 500") { session in
            let screen = try await session.tmux.waitFor("<redacted>")
            #expect(!screen.contains(SandboxProcess.key))
            try session.tmux.send("q")
            try await session.tmux.waitFor("EXITED-0")
        }
    }
}

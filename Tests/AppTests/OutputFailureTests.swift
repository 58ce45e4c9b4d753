import ChildProcess
import Foundation
import TestTags
import Testing

/// Output that cannot be written: a reader that goes away, a full disk. Neither may crash.
@Suite("End to end: output that cannot be written", .serialized, .tags(.endToEnd), .notInFastRun)
struct OutputFailureTests {
    /// Runs a shell line with np6-subs as `$NP6`, against the sandbox, with its stderr merged.
    static func shell(_ line: String, sandbox: SandboxProcess, state: String) async throws -> ChildProcess.Result {
        var environment = ProcessInfo.processInfo.environment
        environment["NP6_API_KEY"] = SandboxProcess.key
        environment["XDG_STATE_HOME"] = state
        environment["NP6_BASE_URL"] = sandbox.baseURL
        environment["NP6"] = try Binaries.path("np6-subs")
        return try await ChildProcess.run(["/bin/bash", "-c", line], environment: environment)
    }

    @Test("list | head -1 ends quietly with status 141, in every format")
    func closedPipe() async throws {
        try await ScriptEndToEndTests.withSandbox { sandbox, state in
            for format in ["table", "json", "csv"] {
                let result = try await Self.shell(
                    """
                    \"$NP6\" list --unicity bulk-20000 --format \(format) | head -c 10 >/dev/null; echo \
                    \"STATUS=${PIPESTATUS[0]}\"
                    """,
                    sandbox: sandbox, state: state)
                #expect(result.output == "STATUS=141\n", "\(format): \(result.output.prefix(400))")
            }
        }
    }

    @Test("a full disk gives one line on stderr and status 1")
    func fullDisk() async throws {
        try await ScriptEndToEndTests.withSandbox { sandbox, state in
            let result = try await Self.shell(
                "\"$NP6\" list --unicity foobar >/dev/full; echo \"STATUS=$?\"", sandbox: sandbox, state: state)
            #expect(result.output == "np6-subs: cannot write the output: No space left on device\nSTATUS=1\n")
        }
    }

    @Test("the browser reports a log file it cannot write, once, and keeps running")
    func logFileOnFullDisk() async throws {
        try await BrowserSession.with(arguments: "--unicity foobar --log-file /dev/full", readyText: "2 subscriptions")
        { session in
            let screen = try await session.tmux.waitFor(
                "Cannot write the log file /dev/full (No space left on device); logging has stopped.")
            #expect(screen.components(separatedBy: "Cannot write the log file").count == 2, "reported once")
            try session.tmux.send("r")
            try await session.tmux.waitFor("fetched just now")
            try session.tmux.send("q")
            try await session.tmux.waitFor("EXITED-0")
        }
    }

    @Test(
        "empty contact and subscription values are refused before anything is sent",
        arguments: [
            ["list", "--unicity", ""], ["list", "--hash", " "], ["list", "--contact-id", ""], ["show", ""],
            ["delete", "--subscription", ""],
            ["delete", "--unicity", "", "--yes"], ["restore", " "],
        ])
    func emptyValues(arguments: [String]) async throws {
        try await ScriptEndToEndTests.withSandbox { sandbox, state in
            let run = try await ScriptEndToEndTests.np6subs(arguments, sandbox: sandbox, state: state)
            #expect(run.status == 2, "\(arguments): \(run.output)")
            #expect(run.output.contains("needs a non-empty value"))
        }
    }
}

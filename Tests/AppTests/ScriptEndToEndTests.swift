import ChildProcess
import Foundation
import Glibc
import NP6
import TestTags
import Testing

/// The subcommands, run as processes against the sandbox process.
@Suite("End to end: subcommands and exit codes", .serialized, .tags(.endToEnd), .notInFastRun)
struct ScriptEndToEndTests {
    static let firebaseID = "0581e259-9039-487c-a94e-ff8c3944f956"

    struct Run {
        var status: Int32
        var output: String
    }

    /// Runs np6-subs with stdin from /dev/null (no terminal), the sandbox's key, and a private state
    /// folder; `changes` sets (or, with nil, removes) more variables.
    static func np6subs(_ arguments: [String], sandbox: SandboxProcess, state: String, changes: [String: String?] = [:])
        async throws -> Run
    {
        var environment = ProcessInfo.processInfo.environment
        environment["NP6_API_KEY"] = SandboxProcess.key
        environment["XDG_STATE_HOME"] = state
        environment["NP6_BASE_URL"] = sandbox.baseURL
        for (name, value) in changes { environment[name] = value }
        let result = try await ChildProcess.run([try Binaries.path("np6-subs")] + arguments, environment: environment)
        return Run(status: result.status, output: result.output)
    }

    static func withSandbox(
        latency: Int = 0, extraArguments: [String] = [], _ body: (SandboxProcess, String) async throws -> Void
    ) async throws {
        let sandbox = try SandboxProcess(
            extraArguments: (latency > 0 ? ["--latency-ms", String(latency)] : []) + extraArguments)
        let state = NSTemporaryDirectory() + "np6-scripts-\(UUID().uuidString)"
        do {
            try await body(sandbox, state)
        } catch {
            await sandbox.stop()
            throw error
        }
        await sandbox.stop()
        try? FileManager.default.removeItem(atPath: state)
    }

    @Test("list prints a table, the server's own JSON, or CSV; an unknown contact exits 3")
    func list() async throws {
        try await Self.withSandbox { sandbox, state in
            let table = try await Self.np6subs(
                ["list", "--unicity", "jeanne.martin@example.com"], sandbox: sandbox, state: state)
            #expect(table.status == 0)
            #expect(table.output.contains("Loyalty web push"))
            let json = try await Self.np6subs(
                ["list", "--unicity", "mallory", "--format", "json"], sandbox: sandbox, state: state)
            #expect(json.status == 0)
            let served = try #require(try await sandbox.client.subscriptions(unicity: "mallory").first)
            #expect(try JSONParser.parse(json.output) == .array([served.raw]), "unchanged, unknown fields included")
            let csv = try await Self.np6subs(
                ["list", "--unicity", "foobar", "--format", "csv", "--filter", "apns"], sandbox: sandbox, state: state)
            #expect(csv.output.hasPrefix("id,provider,application,token"))
            #expect(csv.output.split(separator: "\r\n").count == 2)
            let missing = try await Self.np6subs(
                ["list", "--unicity", "nobody@example.com"], sandbox: sandbox, state: state)
            #expect(missing.status == 3)
            #expect(missing.output.contains("404"))
        }
    }

    @Test("table output is sanitised like the screen")
    func tableIsSanitised() async throws {
        try await Self.withSandbox { sandbox, state in
            let table = try await Self.np6subs(["list", "--unicity", "mallory"], sandbox: sandbox, state: state)
            #expect(!table.output.contains("\u{1B}"))
            #expect(table.output.contains("\\e[2J"))
        }
    }

    @Test("show prints one subscription; an unknown one exits 3")
    func show() async throws {
        try await Self.withSandbox { sandbox, state in
            let shown = try await Self.np6subs(["show", Self.firebaseID], sandbox: sandbox, state: state)
            #expect(shown.status == 0)
            #expect(shown.output.contains("d4FAelIfREOTW2TPig-f9r:APA91bGQj91UnatpGQNFI6MMUxYo...."))
            #expect(try await Self.np6subs(["show", "no-such-id"], sandbox: sandbox, state: state).status == 3)
        }
    }

    @Test("a misspelt subcommand exits 2 with a suggestion; --demo with --base-url exits 2 with the reason")
    func suggestions() async throws {
        try await Self.withSandbox { sandbox, state in
            let typo = try await Self.np6subs(["lst", "--unicity", "foobar"], sandbox: sandbox, state: state)
            #expect(typo.status == 2)
            #expect(typo.output.contains("Did you mean \"list\"?"), "\(typo.output)")
            let demo = try await Self.np6subs(
                ["--demo", "--base-url", sandbox.baseURL], sandbox: sandbox, state: state)
            #expect(demo.status == 2)
            #expect(demo.output.contains("--demo runs its own sandbox"), "\(demo.output)")
        }
    }

    @Test(
        """
        delete with --reason and --audit-log: the audit file gets the journal's lines; an unwritable one refuses \
        before sending
        """
    )
    func auditLogFromTheCommandLine() async throws {
        try await Self.withSandbox { sandbox, state in
            let audit = state + "/shared-audit.jsonl"
            try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
            let deleted = try await Self.np6subs(
                ["delete", "--subscription", Self.firebaseID, "--yes", "--reason", "TICKET-9", "--audit-log", audit],
                sandbox: sandbox, state: state)
            #expect(deleted.status == 0, "\(deleted.output)")
            let lines = try String(contentsOfFile: audit, encoding: .utf8).split(separator: "\n")
            #expect(lines.count == 2)
            #expect(lines.first?.contains("\"reason\":\"TICKET-9\"") == true)
            #expect(
                try String(contentsOfFile: state + "/np6-subs/journal.jsonl", encoding: .utf8).split(separator: "\n")
                    == lines)
            let refused = try await Self.np6subs(
                [
                    "delete", "--subscription", "ee3c161a-2ab2-4f10-b4f8-bd501eb14e50", "--yes", "--audit-log",
                    "/nonexistent-dir/a.jsonl",
                ],
                sandbox: sandbox, state: state)
            #expect(refused.status == 2)
            #expect(refused.output.contains("audit log"), "\(refused.output)")
            #expect(try await sandbox.has(subscription: "ee3c161a-2ab2-4f10-b4f8-bd501eb14e50"), "nothing was sent")
        }
    }

    @Test("usage errors exit 2")
    func usage() async throws {
        try await Self.withSandbox { sandbox, state in
            var statuses: [Int32] = []
            for arguments in [
                ["list"], ["list", "--unicity", "a", "--hash", "b"],
                ["delete", "--subscription", "x", "--unicity", "y"],
                ["list", "--unicity", "a", "--format", "xml"], ["restore"],
            ] {
                statuses.append(try await Self.np6subs(arguments, sandbox: sandbox, state: state).status)
            }
            #expect(statuses == [2, 2, 2, 2, 2])
        }
    }

    @Test("delete without a terminal and without --yes refuses with exit 2 and sends nothing; --dry-run sends nothing")
    func deleteNeedsConfirmation() async throws {
        try await Self.withSandbox { sandbox, state in
            let refused = try await Self.np6subs(
                ["delete", "--subscription", Self.firebaseID], sandbox: sandbox, state: state)
            #expect(refused.status == 2)
            #expect(refused.output.contains("--yes"))
            let dry = try await Self.np6subs(
                ["delete", "--unicity", "foobar", "--dry-run"], sandbox: sandbox, state: state)
            #expect(dry.status == 0)
            #expect(dry.output.contains("DELETE /targets/subscriptions?unicity=foobar"))
            #expect(try await sandbox.has(subscription: Self.firebaseID))
            #expect(try await sandbox.handled().allSatisfy { $0.method != "DELETE" })
        }
    }

    @Test("delete --yes deletes, journals, and restore brings the identical JSON back")
    func deleteJournalRestore() async throws {
        try await Self.withSandbox { sandbox, state in
            let original = try #require(try await sandbox.client.subscriptions(unicity: "mallory").first)
            let deleted = try await Self.np6subs(
                ["delete", "--unicity", "mallory", "--yes"], sandbox: sandbox, state: state)
            #expect(deleted.status == 0)
            #expect(try await !sandbox.has(subscription: original.id))
            let journal = try await Self.np6subs(["journal", "--format", "json"], sandbox: sandbox, state: state)
            let entries = try #require(try JSONParser.parse(journal.output).arrayValue)
            #expect(entries.count == 1)
            #expect(entries[0]["operation"] == .string("delete-contact"))
            #expect(entries[0]["subscriptions"] == .array([original.raw]))
            #expect(entries[0]["outcome"]?["result"] == .string("done"))
            let entry = try #require(entries[0]["entry"]?.stringValue)
            #expect(
                try await Self.np6subs(["restore", entry], sandbox: sandbox, state: state).status == 2,
                "no terminal, no --yes")
            let restored = try await Self.np6subs(
                ["restore", String(entry.prefix(8)), "--yes"], sandbox: sandbox, state: state)
            #expect(restored.status == 0)
            let back = try await sandbox.client.subscription(id: original.id)
            #expect(back.raw == original.raw)
            #expect(back.raw.serialized() == original.raw.serialized())
            let table = try await Self.np6subs(["journal"], sandbox: sandbox, state: state)
            #expect(table.output.contains("restore \(entry.prefix(8))"))
            #expect(table.output.contains("delete all"))
            #expect(try await Self.np6subs(["restore", "ffffffff"], sandbox: sandbox, state: state).status == 3)
        }
    }

    @Test(
        """
        the journal entry is on disk before the request reaches the sandbox; killed mid-request, the outcome is \
        unknown
        """
    )
    func journalBeforeRequest() async throws {
        // The answer waits 3 s, room for a loaded machine to see the intent and kill the process first.
        try await Self.withSandbox(latency: 3000) { sandbox, state in
            var environment = ProcessInfo.processInfo.environment
            environment["NP6_API_KEY"] = SandboxProcess.key
            environment["XDG_STATE_HOME"] = state
            let output = NSTemporaryDirectory() + "np6-kill-\(UUID().uuidString)"
            defer { unlink(output) }
            let pid = try ChildProcess.spawn(
                [
                    try Binaries.path("np6-subs"), "delete", "--subscription", Self.firebaseID, "--yes", "--base-url",
                    sandbox.baseURL,
                ],
                environment: environment, outputPath: output)
            let journalPath = state + "/np6-subs/journal.jsonl"
            try await waitUntil("the intent in the journal") {
                ((try? String(contentsOfFile: journalPath, encoding: .utf8)) ?? "").contains("\"kind\":\"intent\"")
            }
            // The intent is on disk, and the sandbox has not yet handled any DELETE.
            #expect(try await sandbox.handled().allSatisfy { $0.method != "DELETE" })
            kill(pid, SIGKILL)
            _ = ChildProcess.wait(pid)
            let journal = try await Self.np6subs(["journal", "--wide"], sandbox: sandbox, state: state)
            #expect(journal.output.contains("outcome unknown"))
            #expect(journal.output.contains("DELETE /subscriptions/\(Self.firebaseID)"))
        }
    }
}

extension SandboxProcess {
    struct Handled {
        var method: String
        var path: String
        var query: String?
        /// Whether the request carried this sandbox's own key.
        var authorized: Bool
        var status: Int
    }

    /// What the sandbox has handled so far (its test-only request log, which skips the latency).
    func handled() async throws -> [Handled] {
        let transport = AsyncHTTPClientTransport()
        let result: Result<HTTPExchangeResponse, TransportError>
        do {
            result = .success(
                try await transport.send(
                    HTTPExchangeRequest(
                        method: "GET", url: baseURL + "/_sandbox/requests", headers: [HTTPHeader("X-Key", apiKey)]),
                    timeout: .seconds(5), maximumBodyBytes: 64 << 20))
        } catch {
            result = .failure(error)
        }
        await transport.shutdown()
        return (try JSONParser.parse(try result.get().body).arrayValue ?? []).map {
            Handled(
                method: $0["method"]?.stringValue ?? "", path: $0["path"]?.stringValue ?? "",
                query: $0["query"]?.stringValue,
                authorized: $0["authorized"] == .bool(true),
                status: { if case .number(let text)? = $0 { Int(text) ?? 0 } else { 0 } }($0["status"]))
        }
    }
}

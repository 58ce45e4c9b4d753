import ChildProcess
import Essentials
import Foundation
import Glibc
import NP6
import TestTags
import Testing

/// `--from-file`: the plan, a run killed and resumed, pacing against a rate limit, Ctrl-C, and
/// `list --format json` as the server's own bytes; as processes (and in tmux) against the sandbox.
@Suite("End to end: batches of contacts", .serialized, .tags(.endToEnd, .slow), .notInFastRun)
struct BatchEndToEndTests {
    static func contactFile(_ lines: [String]) throws -> String {
        let path = NSTemporaryDirectory() + "np6-batch-\(UUID().uuidString).txt"
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func fleet(_ range: ClosedRange<Int>) -> [String] { range.map { "fleet-\($0)" } }

    /// The DELETEs the sandbox handled, by query (`unicity=fleet-7`).
    static func deletes(_ sandbox: SandboxProcess) async throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for request in try await sandbox.handled() where request.method == "DELETE" {
            counts[request.query ?? request.path, default: 0] += 1
        }
        return counts
    }

    static func runID(in output: String) -> String? {
        guard let range = output.range(of: "(run ") else { return nil }
        return String(output[range.upperBound...].prefix { $0 != ")" })
    }

    @Test("--dry-run prints each contact's subscriptions and requests and the totals, and sends no DELETE")
    func dryRun() async throws {
        try await ScriptEndToEndTests.withSandbox { sandbox, state in
            let file = try Self.contactFile([
                "# a ticket's contacts", "foobar", "", "unicity:jeanne.martin@example.com",
                "hash:3858f62230ac3c915f300c664312c63f", "nobody@example.com",
                "foobar",
            ])
            let plan = try await ScriptEndToEndTests.np6subs(
                ["delete", "--from-file", file, "--dry-run"], sandbox: sandbox, state: state)
            #expect(plan.status == 0)
            #expect(plan.output.contains("unicity foobar (line 2): 2 subscriptions"))
            #expect(plan.output.contains("  DELETE /targets/subscriptions?unicity=foobar"))
            #expect(plan.output.contains("  DELETE /targets/subscriptions?unicity=jeanne.martin%40example.com"))
            #expect(plan.output.contains("unicity jeanne.martin@example.com (line 4): 3 subscriptions"))
            #expect(plan.output.contains("hash 3858f62230ac3c915f300c664312c63f (line 5): the same contact as line 2"))
            #expect(plan.output.contains("unicity nobody@example.com (line 6): nothing to delete"))
            #expect(plan.output.contains("line 7 repeats line 2; the contact is handled once"))
            #expect(
                plan.output.contains(
                    """
                    Plan on \(sandbox.host) (no profile): 4 contacts, 5 subscriptions to delete with 2 requests; \
                    1 with nothing to delete; 1 named a contact of an earlier line
                    """
                ))
            #expect(plan.output.contains("Dry run: nothing was sent."))
            #expect(try await Self.deletes(sandbox).isEmpty)

            // --only: each matching subscription gets its own DELETE.
            let only = try await ScriptEndToEndTests.np6subs(
                ["delete", "--from-file", file, "--dry-run", "--only", "provider:apns"], sandbox: sandbox, state: state)
            #expect(only.output.contains("  DELETE /subscriptions/ee3c161a-2ab2-4f10-b4f8-bd501eb14e50"))
            #expect(!only.output.contains("DELETE /targets/subscriptions"))
            #expect(
                only.output.contains(
                    "Plan on \(sandbox.host) (no profile): 4 contacts, 2 subscriptions to delete with 2 requests"))
        }
    }

    @Test(
        """
        restore --run: --dry-run sends nothing; the run's restore asks its own reason (never the deletes'); \
        journal --run lists the restores beside the deletes
        """
    )
    func restoreRunReasonAndDryRun() async throws {
        try await ScriptEndToEndTests.withSandbox { sandbox, state in
            let file = try Self.contactFile(Self.fleet(1...3))
            let deleted = try await ScriptEndToEndTests.np6subs(
                ["delete", "--from-file", file, "--yes", "--reason", "T-DELETE"], sandbox: sandbox, state: state)
            #expect(deleted.status == 0)
            let run = try #require(Self.runID(in: deleted.output))

            let dry = try await ScriptEndToEndTests.np6subs(
                ["restore", "--run", run, "--dry-run"], sandbox: sandbox, state: state)
            #expect(dry.status == 0, "\(dry.output)")
            #expect(dry.output.contains("unicity fleet-2 (entry "))
            #expect(dry.output.contains("  3 × PUT /subscriptions"))
            #expect(
                dry.output.contains(
                    """
                    Dry run: run \(run) would re-create 9 subscriptions of 3 contacts on \(sandbox.host) (no profile) \
                    with 9 requests PUT /subscriptions; nothing was sent.
                    """))
            #expect(try await sandbox.handled().filter { $0.method == "PUT" }.isEmpty)

            // On a terminal: the question names where, then the restore's own reason is asked.
            let tmux = try TmuxSession(environment: [
                "NP6_API_KEY": SandboxProcess.key, "NP6_BASE_URL": sandbox.baseURL, "XDG_STATE_HOME": state,
            ])
            defer { tmux.close() }
            try tmux.typeLine("\(try Binaries.path("np6-subs")) restore --run \(run); echo EXIT=$?")
            _ = try await tmux.waitForScreen("the question") {
                $0.filter { !$0.isWhitespace }.contains(
                    "(3 contacts) on \(sandbox.host) (no profile) with 9 requests PUT /subscriptions? Type yes".filter {
                        !$0.isWhitespace
                    })
            }
            try tmux.typeLine("yes")
            try await tmux.waitFor("Reason, e.g. a ticket (Enter for none):")
            try tmux.typeLine("T-RESTORE")
            try await tmux.waitFor("EXIT=0", timeout: .seconds(60))
            #expect(try await sandbox.handled().filter { $0.method == "PUT" }.count == 9)

            let journal = try await ScriptEndToEndTests.np6subs(
                ["journal", "--run", run, "--format", "json"], sandbox: sandbox, state: state)
            let entries = try JSONParser.parse(Array(journal.output.utf8)).arrayValue ?? []
            let restores = entries.filter { $0["operation"]?.stringValue == "restore" }
            let deletes = entries.filter { $0["operation"]?.stringValue == "delete-contact" }
            #expect(restores.count == 3 && deletes.count == 3, "\(entries.map { $0["operation"] ?? .null })")
            #expect(restores.allSatisfy { $0["reason"]?.stringValue == "T-RESTORE" })
            #expect(deletes.allSatisfy { $0["reason"]?.stringValue == "T-DELETE" })
        }
    }

    @Test("--resume of a plan cut short after its run began says it was sent, not that nothing was")
    func truncatedPlanIsNotNothingSent() async throws {
        try await ScriptEndToEndTests.withSandbox { sandbox, state in
            let file = try Self.contactFile(Self.fleet(1...5))
            let ran = try await ScriptEndToEndTests.np6subs(
                ["delete", "--from-file", file, "--yes"], sandbox: sandbox, state: state)
            #expect(ran.status == 0, "\(ran.output)")
            let run = try #require(Self.runID(in: ran.output))
            // The plan loses its last lines (the confirmation among them), as a crashed disk would leave it.
            let plan = state + "/np6-subs/runs/\(run).jsonl"
            let lines = try String(contentsOfFile: plan, encoding: .utf8).split(separator: "\n")
            try (lines.prefix(3).joined(separator: "\n") + "\n").write(toFile: plan, atomically: true, encoding: .utf8)
            let resumed = try await ScriptEndToEndTests.np6subs(
                ["delete", "--resume", run, "--yes"], sandbox: sandbox, state: state)
            #expect(resumed.status == 2)
            #expect(resumed.output.contains("it was sent"), "\(resumed.output)")
            #expect(!resumed.output.contains("nothing of it was sent"))
        }
    }

    @Test("a malformed line stops the run before anything is sent, naming its line; without a terminal it needs --yes")
    func refusals() async throws {
        try await ScriptEndToEndTests.withSandbox { sandbox, state in
            let broken = try Self.contactFile(["foobar", "hsh:3858f62230ac3c915f300c664312c63f"])
            let refused = try await ScriptEndToEndTests.np6subs(
                ["delete", "--from-file", broken, "--yes"], sandbox: sandbox, state: state)
            #expect(refused.status == 2)
            #expect(refused.output.contains("line 2: unknown kind \"hsh:\" (did you mean \"hash:\"?)"))
            let good = try Self.contactFile(["foobar"])
            let unconfirmed = try await ScriptEndToEndTests.np6subs(
                ["delete", "--from-file", good], sandbox: sandbox, state: state)
            #expect(unconfirmed.status == 2)
            #expect(unconfirmed.output.contains("pass --yes"))
            #expect(try await sandbox.handled().isEmpty, "not even a fetch")
        }
    }

    @Test("a run killed mid-way, then --resume: every contact deleted exactly once, every intent paired or settled")
    func killAndResume() async throws {
        try await ScriptEndToEndTests.withSandbox(latency: 20) { sandbox, state in
            let count = 600
            let file = try Self.contactFile(Self.fleet(1...count))
            var environment = ProcessInfo.processInfo.environment
            environment["NP6_API_KEY"] = SandboxProcess.key
            environment["XDG_STATE_HOME"] = state
            environment["NP6_BASE_URL"] = sandbox.baseURL
            let outputPath = NSTemporaryDirectory() + "np6-batch-kill-\(UUID().uuidString)"
            defer { unlink(outputPath) }
            let pid = try ChildProcess.spawn(
                [try Binaries.path("np6-subs"), "delete", "--from-file", file, "--yes", "--jobs", "4"],
                environment: environment, outputPath: outputPath)
            // Killed while deleting: some contacts done, some in flight, most not started.
            let deadline = ContinuousClock.now + .seconds(60)
            while try await Self.deletes(sandbox).count < 40 {
                guard ContinuousClock.now < deadline else {
                    throw E2EFailure("no 40 DELETEs within a minute: \(try await Self.deletes(sandbox).count)")
                }
                try await Task.sleep(for: .milliseconds(20))
            }
            kill(pid, SIGKILL)
            _ = ChildProcess.wait(pid)
            let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
            let run = try #require(Self.runID(in: output), "the plan names its run: \(output.suffix(300))")
            #expect(try await Self.deletes(sandbox).count < count)

            let resumed = try await ScriptEndToEndTests.np6subs(
                ["delete", "--resume", run, "--yes", "--jobs", "8"], sandbox: sandbox, state: state)
            #expect(resumed.status == 0, "\(resumed.output.suffix(600))")
            #expect(resumed.output.contains("done before"))
            let deletes = try await Self.deletes(sandbox)
            #expect(deletes.count == count, "every contact was deleted")
            #expect(deletes.values.allSatisfy { $0 == 1 }, "none twice: \(deletes.filter { $0.value > 1 })")
            for index in [1, count / 2, count] {
                let left = try await sandbox.client.subscriptions(unicity: "fleet-\(index)")
                #expect(left.isEmpty)
            }
            let journal = try await ScriptEndToEndTests.np6subs(
                ["journal", "--run", run, "--format", "json"], sandbox: sandbox, state: state)
            let entries = try JSONParser.parse(Array(journal.output.utf8)).arrayValue ?? []
            #expect(entries.count >= count)
            let unpaired = entries.filter { ($0["outcome"] ?? .null) == .null && ($0["settlement"] ?? .null) == .null }
            #expect(
                unpaired.isEmpty,
                """
                every intent has an outcome or a settlement: \
                \(unpaired.compactMap { $0["requests"]?.arrayValue?.first?.stringValue }) do not
                """
            )

            // The whole run comes back with one command.
            let restored = try await ScriptEndToEndTests.np6subs(
                ["restore", "--run", run, "--yes", "--jobs", "8"], sandbox: sandbox, state: state)
            #expect(restored.status == 0, "\(restored.output.suffix(300))")
            #expect(restored.output.contains("re-created \(CountText.of(count * 3, "subscription"))"))
            for index in [1, count / 2, count] {
                #expect(try await sandbox.client.subscriptions(unicity: "fleet-\(index)").count == 3)
            }
        }
    }

    @Test(
        """
        --resume re-checks an unknown outcome; what is still there settles the old entry and is deleted under a \
        new one
        """
    )
    func resumeSettlesWhatIsStillThere() async throws {
        try await ScriptEndToEndTests.withSandbox { sandbox, state in
            // flaky-deletes answers its deletes with 503: the outcome is unknown every time.
            let file = try Self.contactFile(["flaky-deletes", "foobar"])
            let first = try await ScriptEndToEndTests.np6subs(
                ["delete", "--from-file", file, "--yes"], sandbox: sandbox, state: state)
            #expect(first.status == 1)
            let run = try #require(Self.runID(in: first.output))
            #expect(first.output.contains("unknown: unicity flaky-deletes (line 1)"))
            let resumed = try await ScriptEndToEndTests.np6subs(
                ["delete", "--resume", run, "--yes"], sandbox: sandbox, state: state)
            #expect(resumed.status == 1)
            #expect(resumed.output.contains("done before"), "foobar is not deleted twice")
            let journal = try await ScriptEndToEndTests.np6subs(
                ["journal", "--run", run, "--format", "json"], sandbox: sandbox, state: state)
            let entries = try JSONParser.parse(Array(journal.output.utf8)).arrayValue ?? []
            let flaky = entries.filter { $0["contact"]?["value"]?.stringValue == "flaky-deletes" }
            #expect(flaky.count == 2, "the first attempt and the one after the re-check")
            // Newest first: the first attempt is last, settled by the re-check as failed.
            #expect(flaky.last?["settlement"]?["result"]?.stringValue == "failed")
            #expect(flaky.last?["settlement"]?["by"]?.stringValue == "a re-check by np6-subs delete --resume")
            #expect(try await Self.deletes(sandbox)["unicity=foobar"] == 1)
        }
    }

    @Test("paced by the rate-limit headers: no 429 against a sandbox limiting to 30 requests a second")
    func pacing() async throws {
        try await ScriptEndToEndTests.withSandbox(extraArguments: ["--rate-limit", "30/1s"]) { sandbox, state in
            let file = try Self.contactFile(Self.fleet(1...60))
            let run = try await ScriptEndToEndTests.np6subs(
                ["delete", "--from-file", file, "--yes", "--jobs", "8"], sandbox: sandbox, state: state)
            #expect(run.status == 0, "\(run.output.suffix(500))")
            let handled = try await sandbox.handled()
            #expect(
                handled.filter { $0.status == 429 }.isEmpty, "429 answers: \(handled.filter { $0.status == 429 }.count)"
            )
            #expect(handled.filter { $0.method == "DELETE" && $0.status == 204 }.count == 60)
        }
    }

    @Test("a quota spent until 2057: the wait is capped and counted down, Ctrl-C stops it, nothing is fetched after")
    func farResetIsCountedDownAndStops() async throws {
        try await ScriptEndToEndTests.withSandbox { sandbox, state in
            let file = try Self.contactFile(["fault-far-reset", "fleet-1", "fleet-2"])
            let tmux = try TmuxSession(environment: [
                "NP6_API_KEY": SandboxProcess.key, "NP6_BASE_URL": sandbox.baseURL, "XDG_STATE_HOME": state,
            ])
            defer { tmux.close() }
            let started = ContinuousClock.now
            try tmux.typeLine(
                "\(try Binaries.path("np6-subs")) delete --from-file \(file) --jobs 1 --yes; echo EXIT=$?")
            // The reset is 31 years ahead; the wait shown is the cap, counting down.
            let waiting = try await tmux.waitFor("for the rate limit", timeout: .seconds(60))
            #expect(waiting.contains("waiting 4:5") || waiting.contains("waiting 5:00"), "\(waiting)")
            try await tmux.waitFor("waiting 4:5", timeout: .seconds(20))
            try tmux.send("C-c")
            // The command line holds `EXIT=$?`; the status printed is `EXIT=` and a digit.
            let screen = try await tmux.waitForScreen("the exit status", timeout: .seconds(20)) {
                $0.contains("EXIT=1") || $0.contains("EXIT=0") || $0.contains("EXIT=130")
            }
            #expect(ContinuousClock.now - started < .seconds(90), "Ctrl-C ended the wait")
            #expect(screen.contains("fleet-1 (line 2): cannot fetch it, left out: cancelled"), "\(screen)")
            #expect(screen.contains("stopped while fetching (Ctrl-C): nothing was sent"), "\(screen)")
            #expect(!screen.contains("fetched fleet-1"), "a contact never fetched is not said to be")
            #expect(screen.contains("EXIT=1"), "\(screen)")
            let handled = try await sandbox.handled()
            let askedAfter = handled.filter { ($0.query ?? "").contains("fleet-") }
            #expect(askedAfter.isEmpty, "nothing asked after the wait")
            #expect(!handled.contains { $0.method == "DELETE" })
        }
    }

    /// `delete --from-file` of fleet-1… in tmux, its count typed, once it is deleting.
    static func confirmedRun(contacts: Int, jobs: Int, sandbox: SandboxProcess, state: String) async throws
        -> TmuxSession
    {
        let file = try contactFile(fleet(1...contacts))
        let tmux = try TmuxSession(environment: [
            "NP6_API_KEY": SandboxProcess.key, "NP6_BASE_URL": sandbox.baseURL, "XDG_STATE_HOME": state,
        ])
        do {
            try tmux.typeLine(
                "\(try Binaries.path("np6-subs")) delete --from-file \(file) --jobs \(jobs); echo EXIT=$?")
            // The question names where the deletes go; read with the terminal's wrapping undone.
            let question =
                "contacts on \(sandbox.host) (no profile) with \(contacts) requests? Type the number of subscriptions "
                + "(\(contacts * 3))"
            let screen = try await tmux.waitForScreen("the question", timeout: .seconds(120)) {
                $0.filter { !$0.isWhitespace }.contains(question.filter { !$0.isWhitespace })
            }
            #expect(screen.contains("Plan (run "), "the plan's totals")
            let barMeetsPlan = screen.split(separator: "\n").filter { $0.contains("fetching") && $0.contains("(line ") }
            #expect(barMeetsPlan.isEmpty, "the progress bar is cleared before each line of the plan")
            try tmux.typeLine(String(contacts * 3))
            try await tmux.waitFor("deleting ")
        } catch {
            tmux.close()
            throw error
        }
        return tmux
    }

    @Test("Ctrl-C stops new requests, lets those in flight finish, prints the summary; --resume finishes")
    func controlC() async throws {
        try await ScriptEndToEndTests.withSandbox(latency: 40) { sandbox, state in
            let tmux = try await Self.confirmedRun(contacts: 400, jobs: 2, sandbox: sandbox, state: state)
            defer { tmux.close() }
            try tmux.send("C-c")
            let screen = try await tmux.waitFor("EXIT=", timeout: .seconds(30))
            #expect(screen.contains("stopping: no new requests"))
            #expect(screen.contains("(interrupted)"))
            #expect(screen.contains("not started"))
            #expect(screen.contains("EXIT=1"))
            let run = try #require(Self.runID(in: screen))
            let deletesAfterStop = try await Self.deletes(sandbox).count
            #expect(deletesAfterStop > 0 && deletesAfterStop < 400)
            let resumed = try await ScriptEndToEndTests.np6subs(
                ["delete", "--resume", run, "--yes", "--jobs", "8"], sandbox: sandbox, state: state)
            #expect(resumed.status == 0)
            let deletes = try await Self.deletes(sandbox)
            #expect(deletes.count == 400 && deletes.values.allSatisfy { $0 == 1 })
        }
    }

    @Test(
        """
        a second Ctrl-C abandons the requests in flight: each is journalled as unknown, and --resume re-checks and \
        finishes
        """
    )
    func secondControlCAbandons() async throws {
        // A slow sandbox: when the second Ctrl-C comes, requests are surely in flight.
        try await ScriptEndToEndTests.withSandbox(latency: 1500) { sandbox, state in
            let tmux = try await Self.confirmedRun(contacts: 16, jobs: 4, sandbox: sandbox, state: state)
            defer { tmux.close() }
            try tmux.send("C-c")
            try await tmux.waitFor("stopping: no new requests")
            try tmux.send("C-c")
            let screen = try await tmux.waitFor("EXIT=", timeout: .seconds(30))
            #expect(screen.contains("(interrupted)"))
            #expect(screen.contains("EXIT=1"))
            let run = try #require(Self.runID(in: screen))
            // The abandoned requests are in the journal as unknown: their answers never came.
            let journal = try await ScriptEndToEndTests.np6subs(
                ["journal", "--format", "json"], sandbox: sandbox, state: state)
            let entries = try #require(try JSONParser.parse(Array(journal.output.utf8)).arrayValue)
            let unknown = entries.filter { entry in
                entry["run"]?.stringValue == run && (entry["outcome"]?["result"]?.stringValue ?? "unknown") == "unknown"
            }
            #expect(!unknown.isEmpty, "the requests in flight at the second Ctrl-C are unknown, not failed")
            let resumed = try await ScriptEndToEndTests.np6subs(
                ["delete", "--resume", run, "--yes", "--jobs", "8"], sandbox: sandbox, state: state)
            #expect(resumed.status == 0, "\(resumed.output)")
            #expect(!resumed.output.contains("np6-subs delete --resume"), "nothing is left unfinished")
            // Every contact deleted; one whose abandoned DELETE landed after its re-check may
            // have been sent twice, the second finding it gone.
            let deletes = try await Self.deletes(sandbox)
            #expect(deletes.count == 16 && deletes.values.allSatisfy { $0 <= 2 }, "\(deletes)")
        }
    }

    @Test("list --format json writes the server's objects byte for byte; --from-file lists many in the file's order")
    func listJSONIsTheServersBytes() async throws {
        try await ScriptEndToEndTests.withSandbox { sandbox, state in
            for unicity in ["bulk-500", "mallory", "foobar"] {
                let served = try await sandbox.client.perform(.listByUnicity(unicity)).body
                let listed = try await ScriptEndToEndTests.np6subs(
                    ["list", "--unicity", unicity, "--format", "json"], sandbox: sandbox, state: state)
                let output = Array(listed.output.utf8)
                let servedRanges = try #require(try JSONParser.elementRanges(ofArray: served))
                let listedRanges = try #require(try JSONParser.elementRanges(ofArray: output))
                #expect(servedRanges.count == listedRanges.count)
                for (one, other) in zip(servedRanges, listedRanges) {
                    #expect(Array(served[one]) == Array(output[other]))
                }
            }
            let file = try Self.contactFile(["bulk-2", "nobody@example.com", "foobar"])
            let many = try await ScriptEndToEndTests.np6subs(
                ["list", "--from-file", file, "--format", "json"], sandbox: sandbox, state: state)
            #expect(many.status == 0)
            // stderr's "not found" shares the output file with stdout's array.
            let start = try #require(many.output.range(of: "[\n")).lowerBound
            let end = try #require(many.output.range(of: "]", options: .backwards)).upperBound
            let objects = try JSONParser.parse(Array(many.output[start..<end].utf8))
            #expect(objects.arrayValue?.count == 4)
            #expect(objects.arrayValue?.first?["contact"]?["unicity"]?.stringValue == "bulk-2", "in the file's order")
            #expect(many.output.contains("unicity nobody@example.com (line 2): not found"))
        }
    }
}

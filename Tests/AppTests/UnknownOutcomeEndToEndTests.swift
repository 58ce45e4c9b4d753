import ChildProcess
import Foundation
import Journal
import Synchronization
import TestTags
import Testing

/// A delete whose answer breaks off after its status line: the server acted, the client cannot
/// know. It must say the outcome is unknown, check, say what it found, and record that.
@Suite("End to end: an answer that breaks off after the request was sent", .serialized, .tags(.endToEnd), .notInFastRun)
struct UnknownOutcomeEndToEndTests {
    static let brokenSubscription = "fa017000-0000-4000-8000-000000000008"

    static func journalEntries(_ state: String) throws -> [JournalEntry] {
        try DeletionJournal(directory: state + "/np6-subs", host: "", operatorName: "").entries()
    }

    @Test("delete --subscription re-checks, reports the subscription gone, and settles the journal entry")
    func subscriptionDelete() async throws {
        try await ScriptEndToEndTests.withSandbox { sandbox, state in
            let run = try await ScriptEndToEndTests.np6subs(
                ["delete", "--subscription", Self.brokenSubscription, "--yes"], sandbox: sandbox, state: state)
            #expect(run.status == 0, "\(run.output)")
            #expect(run.output.contains("deleted \(Self.brokenSubscription) (the answer was lost"), "\(run.output)")
            #expect(run.output.contains("A re-check shows it is gone."))
            let entry = try #require(try Self.journalEntries(state).first)
            #expect(entry.outcome?.result == .unknown, "recorded as unknown, never as failed")
            #expect(
                entry.outcomeText.contains("settled: done by a re-check by np6-subs delete"), "\(entry.outcomeText)")
            #expect(!entry.isUnsettled)
            #expect(!(try await sandbox.has(subscription: Self.brokenSubscription)))
        }
    }

    static let hostileID = "ee3c161a-2ab2-4f10-b4f8-bd501eb14e50"
    static let hostileSubscription = """
        {"id":"\(hostileID)","lifecycle":{"creation":{"date":"2023-05-21T16:21:22.021Z","user":null}},\
        "provider":{"type":"apns","token":"57b15e66"},"contact":{"type":"footprint","id":"00000001","unicity":"foobar"}}
        """

    @Test(
        "a DELETE the server carried out, whose answer is malformed, is unknown, re-checked, and found gone",
        arguments: [
            "HTTP/1.1 204 No Content\r\nX-Trace: a\u{01}b\r\n\r\n",
            "HTTP/1.1 2O4 Deleted\r\n\r\n",
            "HTPT/9 204\r\n\r\n",
        ])
    func malformedAnswer(answer: String) async throws {
        let deleted = Mutex(false)
        let server = try HostileHTTPServer { method, path in
            guard path == "/subscriptions/\(Self.hostileID)" else {
                return HostileHTTPServer.json(404, "Not Found", #"{"status":404,"message":"not found"}"#)
            }
            if method == "DELETE" {
                deleted.withLock { $0 = true }
                return Array(answer.utf8)
            }
            return deleted.withLock { $0 }
                ? HostileHTTPServer.json(404, "Not Found", #"{"status":404,"message":"not found"}"#)
                : HostileHTTPServer.json(200, "OK", Self.hostileSubscription)
        }
        defer { server.stop() }
        let state = NSTemporaryDirectory() + "np6-hostile-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: state) }
        var environment = ProcessInfo.processInfo.environment
        environment["NP6_API_KEY"] = "k"
        environment["XDG_STATE_HOME"] = state
        environment["NP6_BASE_URL"] = server.baseURL
        let run = try await ChildProcess.run(
            [try Binaries.path("np6-subs"), "delete", "--subscription", Self.hostileID, "--yes", "--reason", "T-1"],
            environment: environment)
        #expect(server.requestLines.contains("DELETE /subscriptions/\(Self.hostileID)"))
        #expect(!run.output.contains("not deleted"), "\(run.output)")
        #expect(run.output.contains("A re-check shows it is gone."), "\(run.output)")
        let entry = try #require(try Self.journalEntries(state).first)
        #expect(entry.outcome?.result == .unknown, "recorded as \(entry.outcomeText), never as failed")
        #expect(entry.outcomeText.contains("settled: done by a re-check"), "\(entry.outcomeText)")
    }

    @Test("a bulk delete whose answer breaks off is re-checked the same way")
    func bulkDelete() async throws {
        try await ScriptEndToEndTests.withSandbox { sandbox, state in
            let run = try await ScriptEndToEndTests.np6subs(
                ["delete", "--unicity", "fault-broken-answer", "--yes"], sandbox: sandbox, state: state)
            #expect(run.status == 0, "\(run.output)")
            #expect(run.output.contains("A re-check shows it is gone."), "\(run.output)")
            #expect(try Self.journalEntries(state).first?.isUnsettled == false)
        }
    }

    @Test(
        """
        the browser says the outcome is unknown, re-checks, records the verdict, and does not announce it at the \
        next start
        """
    )
    func browser() async throws {
        try await BrowserSession.with(arguments: "--unicity fault-broken-answer", readyText: "1 subscription") {
            session in
            for (key, screen) in [("d", "Delete this subscription?"), ("y", "Outcome unknown")] {
                try session.tmux.send(key)
                try await session.tmux.waitFor(screen)
            }
            let screen = try await session.tmux.waitFor("Outcome unknown, now resolved")
            #expect(screen.replacingOccurrences(of: "\n", with: "").contains("is gone: the delete happened"))
            try await waitUntil("the settlement in the journal") {
                (try? Self.journalEntries(session.tmux.stateFolder).first?.isUnsettled) == false
            }
            try session.tmux.send("q")
            try await session.tmux.waitFor("EXITED-0")
            try session.tmux.typeLine(
                """
                clear; \(try Binaries.path("np6-subs")) --base-url \(session.sandbox.baseURL) --unicity foobar; \
                echo \"EXITED-$?\"
                """
            )
            let next = try await session.tmux.waitFor("2 subscriptions")
            #expect(!next.contains("Outcome unknown"))
            try session.tmux.send("q")
        }
    }
}

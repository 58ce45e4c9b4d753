import Browser
import ChildProcess
import Foundation
import Glibc
import Journal
import Logging
import NP6
import TestTags
import Testing

@testable import App

/// The effect runner's bookkeeping, without a terminal: saves land in order.
@Suite("Effect runner: bookkeeping", .tags(.unit))
struct EffectRunnerTests {
    static func runner(state: String, client: NP6Client) throws -> EffectRunner {
        EffectRunner(
            client: client, inbox: try ActionInbox(), recentStore: RecentLookupStore(directory: state),
            journal: DeletionJournal(directory: state, host: "h", operatorName: "t"), logger: Logger(label: "test"),
            timeZone: .utc)
    }

    @Test("many saves of the recent lookups in a burst leave the newest list on disk")
    func savesLandInOrder() async throws {
        let state = NSTemporaryDirectory() + "np6-runner-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: state) }
        let client = NP6Client(
            configuration: .init(baseURL: try NP6BaseURL("http://127.0.0.1:9")), apiKey: try APIKey("k"))
        let runner = try Self.runner(state: state, client: client)
        var lists: [[RecentLookup]] = []
        // Early lists are long and the last ones short: unordered saves would let a slow early
        // one land after the last.
        for index in 0..<60 {
            let list = (0..<(60 - index) * 400).map { RecentLookup(kind: .unicity, value: "contact-\(index)-\($0)") }
            lists.append(list)
            runner.run(.saveRecentLookups(list))
        }
        await runner.saved()
        #expect(RecentLookupStore(directory: state).load() == lists.last)
        await client.shutdown()
    }

    @Test(
        """
        every effect goes through the runner: quit and redraw come back to the loop, a copy's outcome comes back \
        as an action
        """
    )
    func loopRequestsAndCopy() async throws {
        let state = NSTemporaryDirectory() + "np6-runner-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: state) }
        let client = NP6Client(
            configuration: .init(baseURL: try NP6BaseURL("http://127.0.0.1:9")), apiKey: try APIKey("k"))
        let inbox = try ActionInbox()
        // The terminal is /dev/null here: the sequence is written, nothing reads it.
        let terminal = open("/dev/null", O_WRONLY)
        defer { close(terminal) }
        let runner = EffectRunner(
            client: client, inbox: inbox, recentStore: RecentLookupStore(directory: state),
            journal: DeletionJournal(directory: state, host: "h", operatorName: "t"), logger: Logger(label: "test"),
            timeZone: .utc,
            terminalDescriptor: terminal, terminalEnvironment: [:])
        #expect(runner.run(.quit) == .quit)
        #expect(runner.run(.redrawScreen) == .redraw)
        #expect(runner.run(.copyToClipboard(text: "token", what: "the token")) == nil)
        let answered = inbox.drain()
        guard answered.count == 1, case .copyFinished(let what, let error) = answered[0] else {
            Issue.record("expected one copyFinished, got \(answered)")
            return
        }
        #expect(what == "the token" && error == nil)
        await client.shutdown()
    }

    /// A script written by a shell of its own. Written by this process, the descriptor (Foundation
    /// opens it without O_CLOEXEC) is inherited by whatever another test spawns meanwhile, a tmux
    /// server for one, which keeps it open for its life, and exec then fails with ETXTBSY (CI met
    /// that, the retry too): this process never opens the script for writing.
    static func executableScript(_ body: String, named name: String) async throws -> String {
        let path = NSTemporaryDirectory() + "\(name)-\(UUID().uuidString)"
        let written = try await ChildProcess.run(
            ["/bin/sh", "-c", #"printf '%s' "$1" > "$0" && chmod 700 "$0""#, path, body], environment: [:])
        guard written.status == 0 else { throw ScriptNotWritten(path: path, output: written.output) }
        return path
    }

    struct ScriptNotWritten: Error {
        let path: String
        let output: String
    }

    @Test(
        "tmux's buffer is filled off the UI thread within a deadline: a tmux that hangs cannot leave the copy pending")
    func tmuxLoadHasADeadline() async throws {
        let script = try await Self.executableScript("#!/bin/sh\nexec sleep 600\n", named: "np6-hanging-tmux")
        defer { unlink(script) }
        let started = ContinuousClock.now
        let error = await Clipboard.loadTmuxBuffer("token", program: script, deadline: .milliseconds(300))
        #expect(error?.hasPrefix("tmux load-buffer did not finish within") == true, "\(error ?? "nil")")
        // Far less than the 600 s the fake tmux would take (a loaded CI machine is slow to reap).
        #expect(ContinuousClock.now - started < .seconds(60))
        let fine = try await Self.executableScript("#!/bin/sh\ncat > /dev/null\n", named: "np6-fine-tmux")
        defer { unlink(fine) }
        // A loaded CI machine: a generous deadline.
        let fineError = await Clipboard.loadTmuxBuffer("token", program: fine, deadline: .seconds(30))
        #expect(fineError == nil, "\(fineError ?? "")")
    }
}

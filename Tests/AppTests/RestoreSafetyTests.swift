import Foundation
import TestTags
import Testing

/// restore re-creates only where the entry was deleted; the demo keeps a journal of its own.
@Suite(
    "End to end: restore on the right server, and the demo's own journal", .serialized, .tags(.endToEnd), .notInFastRun)
struct RestoreSafetyTests {
    @Test("restore refuses an entry recorded against another host unless --to-host names this one")
    func otherHost() async throws {
        try await ScriptEndToEndTests.withSandbox { first, state in
            let deleted = try await ScriptEndToEndTests.np6subs(
                ["delete", "--subscription", ScriptEndToEndTests.firebaseID, "--yes"], sandbox: first, state: state)
            #expect(deleted.status == 0)
            let second = try SandboxProcess()
            do {
                try await Self.restoreOn(second, state: state)
            } catch {
                await second.stop()
                throw error
            }
            await second.stop()
        }
    }

    static func restoreOn(_ second: SandboxProcess, state: String) async throws {
        let host = String(second.baseURL.dropFirst("http://".count))
        let refused = try await ScriptEndToEndTests.np6subs(
            ["restore", try Self.newestEntry(state), "--yes"], sandbox: second, state: state)
        #expect(refused.status == 2, "\(refused.output)")
        #expect(refused.output.contains("add --to-host \(host)"), "\(refused.output)")
        #expect(try await second.handled().allSatisfy { $0.method != "PUT" }, "nothing was sent")
        let wrongName = try await ScriptEndToEndTests.np6subs(
            ["restore", try Self.newestEntry(state), "--yes", "--to-host", "elsewhere:1"], sandbox: second, state: state
        )
        #expect(wrongName.status == 2)
        let allowed = try await ScriptEndToEndTests.np6subs(
            ["restore", try Self.newestEntry(state), "--yes", "--to-host", host], sandbox: second, state: state)
        #expect(allowed.status == 0, "\(allowed.output)")
        #expect(try await second.handled().contains { $0.method == "PUT" })
    }

    static func newestEntry(_ state: String) throws -> String {
        let text = try String(contentsOfFile: state + "/np6-subs/journal.jsonl", encoding: .utf8)
        let intent = try #require(text.split(separator: "\n").last { $0.contains("\"intent\"") })
        let range = try #require(intent.range(of: "\"entry\":\""))
        return String(intent[range.upperBound...].prefix(36))
    }

    @Test("--demo journals its deletes in a folder of its own, which journal --demo reads, never in the real journal")
    func demoJournal() async throws {
        let tmux = try TmuxSession(columns: 120, rows: 40)
        defer { tmux.close() }
        try tmux.typeLine("\(try Binaries.path("np6-subs")) --demo; echo \"EXITED-$?\"")
        try await tmux.waitFor("2 subscriptions")
        try tmux.send("d")
        try await tmux.waitFor("Delete this subscription?")
        try tmux.send("y")
        try await tmux.waitFor("Deleted firebase")
        try tmux.send("q")
        try await tmux.waitFor("EXITED-0")
        #expect(FileManager.default.fileExists(atPath: tmux.stateFolder + "/np6-subs/demo/journal.jsonl"))
        #expect(!FileManager.default.fileExists(atPath: tmux.stateFolder + "/np6-subs/journal.jsonl"))
        // ...and `journal --demo` reads it, where `journal` finds nothing.
        let binary = try Binaries.path("np6-subs")
        try tmux.typeLine("clear; \(binary) journal --demo; echo DEMO-$?; \(binary) journal; echo REAL-$?")
        let screen = try await tmux.waitFor("REAL-0")
        let demo = try #require(screen.components(separatedBy: "DEMO-0").first)
        #expect(demo.contains("foobar") && demo.contains("delete") && demo.contains("done"), "\(screen)")
        #expect(screen.contains("The journal is empty"), "the real journal holds no demo delete: \(screen)")
    }
}

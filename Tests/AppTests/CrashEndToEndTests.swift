import Foundation
import Glibc
import TestTags
import Testing

/// If the browser ever crashes, the terminal is usable afterwards, and no core file holds the key.
@Suite("End to end: a crash restores the terminal", .serialized, .tags(.endToEnd), .notInFastRun)
struct CrashEndToEndTests {
    /// tmux's view of the pane: alternate screen, mouse tracking, cursor shown.
    static func modes(_ session: BrowserSession) throws -> String {
        try session.tmux.run([
            "display", "-p", "-t", "e2e", "alternate=#{alternate_on} mouse=#{mouse_any_flag} cursor=#{cursor_flag}",
        ])
        .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test(
        """
        SIGSEGV, SIGBUS, SIGILL, SIGABRT and SIGFPE leave the alternate screen, show the cursor, stop the mouse, \
        and the crash proceeds
        """,
        arguments: [SIGSEGV, SIGBUS, SIGILL, SIGABRT, SIGFPE])
    func crashRestoresTerminal(signal: Int32) async throws {
        try await BrowserSession.with { session in
            #expect(try Self.modes(session) == "alternate=1 mouse=1 cursor=0", "the browser is on screen")
            let pids = try BrowserEndToEndTests.pids(of: "np6-subs", baseURL: session.sandbox.baseURL)
            #expect(pids.count == 1)
            for pid in pids { kill(pid, signal) }
            let screen = try await session.tmux.waitFor("EXITED-\(128 + signal)")
            #expect(screen.contains("np6-subs crashed; the terminal was restored."))
            #expect(try Self.modes(session) == "alternate=0 mouse=0 cursor=1")
            try await session.tmux.expectShellUsable(marker: "after-crash")
        }
    }

    @Test("the browser holds the key with core dumps off")
    func noCoreDumps() async throws {
        try await BrowserSession.with { session in
            let pids = try BrowserEndToEndTests.pids(of: "np6-subs", baseURL: session.sandbox.baseURL)
            let pid = try #require(pids.first)
            let limits = try String(contentsOfFile: "/proc/\(pid)/limits", encoding: .utf8)
            let core = limits.split(separator: "\n").first { $0.hasPrefix("Max core file size") }.map(String.init) ?? ""
            #expect(
                core.split(separator: " ", omittingEmptySubsequences: true).dropFirst(4).prefix(2) == ["0", "0"],
                "\(core)")
            try session.tmux.send("q")
            try await session.tmux.waitFor("EXITED-0")
        }
    }
}

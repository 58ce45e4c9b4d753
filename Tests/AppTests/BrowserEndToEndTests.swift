import ChildProcess
import Foundation
import TestTags
import Testing

/// The built np6-subs in a real terminal (tmux) against np6-sandbox on a loopback port.
@Suite("End to end: np6-subs in tmux against np6-sandbox", .serialized, .tags(.endToEnd), .notInFastRun)
struct BrowserEndToEndTests {
    static let firebaseID = "0581e259-9039-487c-a94e-ff8c3944f956"
    static let apnsID = "ee3c161a-2ab2-4f10-b4f8-bd501eb14e50"
    static let firebaseToken = "d4FAelIfREOTW2TPig-f9r:APA91bGQj91UnatpGQNFI6MMUxYo...."

    @Test("looking up foobar shows both rows with their application names")
    func lookUpFoobar() async throws {
        try await BrowserSession.with(arguments: "", readyText: "Look up a contact") { session in
            try session.tmux.send("foobar", literal: true)
            try session.tmux.send("Enter")
            let screen = try await session.tmux.waitFor("2 subscriptions")
            let rows = screen.split(separator: "\n").filter {
                $0.contains("Shop mobile app") && ($0.contains("firebase") || $0.contains("apns"))
            }
            #expect(rows.count == 2, "\(screen)")
            #expect(screen.contains("d4FAelIfRE"))
            #expect(screen.contains("57b15e66eb"))
            #expect(screen.contains("unicity: foobar"))
            #expect(!screen.contains(SandboxProcess.key), "the key never appears on screen")
        }
    }

    @Test("? opens the help and Esc closes it")
    func help() async throws {
        try await BrowserSession.with { session in
            try session.tmux.send("?")
            try await session.tmux.waitFor("Keys (? or Esc closes)")
            try session.tmux.send("Escape")
            try await session.tmux.waitForAbsence("Keys (? or Esc closes)")
        }
    }

    @Test("the filter narrows the list to one row")
    func filterToOneRow() async throws {
        try await BrowserSession.with { session in
            try session.tmux.send("/")
            try session.tmux.send("apns", literal: true)
            // The count is above the rows: a frame read half drawn may have one and not the other.
            let screen = try await session.tmux.waitForScreen("1/2 and the apns row") {
                $0.contains("1/2") && $0.contains("57b15e66eb")
            }
            #expect(!screen.contains("d4FAelIfRE"))
            try session.tmux.send("Escape")
            try await session.tmux.waitFor("d4FAelIfRE")
        }
    }

    @Test("a confirmed delete removes the subscription from the sandbox")
    func confirmDelete() async throws {
        try await BrowserSession.with { session in
            try session.tmux.send("d")
            try await session.tmux.waitFor("DELETE /subscriptions/\(Self.firebaseID)")
            try session.tmux.send("y")
            try await session.tmux.waitFor("Deleted firebase")
            try await session.tmux.waitFor("1 subscription")
            #expect(try await !session.sandbox.has(subscription: Self.firebaseID))
            #expect(try await session.sandbox.has(subscription: Self.apnsID))
        }
    }

    @Test(
        "a delete cancelled with Esc, or with a stray Enter, leaves the subscription", arguments: ["Escape", "Enter"])
    func cancelDelete(key: String) async throws {
        try await BrowserSession.with { session in
            try session.tmux.send("d")
            try await session.tmux.waitFor("Delete this subscription?")
            try session.tmux.send(key)
            try await session.tmux.waitFor("Delete cancelled")
            #expect(!(try session.tmux.capture().contains("Delete this subscription?")))
            #expect(try await session.sandbox.has(subscription: Self.firebaseID))
            #expect(try session.tmux.capture().contains("2 subscriptions"))
        }
    }

    @Test("D refuses a wrong typed confirmation, then deletes everything with the right one")
    func deleteAll() async throws {
        try await BrowserSession.with { session in
            try session.tmux.send("D")
            try await session.tmux.waitFor("Delete ALL subscriptions?")
            try session.tmux.send("fooba", literal: true)
            try session.tmux.send("Enter")
            try await session.tmux.waitFor("That does not match")
            #expect(try await session.sandbox.has(subscription: Self.firebaseID))
            try session.tmux.send("r", literal: true)
            try session.tmux.send("Enter")
            try await session.tmux.waitFor("Deleted all 2 subscriptions")
            try await session.tmux.waitFor("0 subscriptions")
            #expect(try await !session.sandbox.has(subscription: Self.firebaseID))
            #expect(try await !session.sandbox.has(subscription: Self.apnsID))
        }
    }

    @Test("c copies the full token: tmux's buffer holds it")
    func copyToken() async throws {
        try await BrowserSession.with { session in
            try session.tmux.send("c")
            try await session.tmux.waitFor("Copied token")
            let buffer = try session.tmux.run(["show-buffer"])
            #expect(buffer == Self.firebaseToken)
        }
    }

    @Test("q quits, and the shell is usable again")
    func quitRestoresShell() async throws {
        try await BrowserSession.with { session in
            try session.tmux.send("q")
            try await session.tmux.waitFor("EXITED-0")
            try await session.tmux.expectShellUsable(marker: "typed-back")
        }
    }

    @Test("SIGTERM restores the terminal too")
    func sigtermRestoresShell() async throws {
        try await BrowserSession.with { session in
            let pids = try Self.pids(of: "np6-subs", baseURL: session.sandbox.baseURL)
            #expect(pids.count == 1)
            for pid in pids { kill(pid, SIGTERM) }
            try await session.tmux.waitFor("EXITED-0")
            try await session.tmux.expectShellUsable(marker: "after-term")
        }
    }

    @Test("Ctrl-C in the middle of a slow request quits at once")
    func controlCDuringRequest() async throws {
        try await BrowserSession.with(arguments: "--unicity fault-slow", readyText: "loading") { session in
            let started = ContinuousClock.now
            try session.tmux.send("C-c")
            try await session.tmux.waitFor("EXITED-0", timeout: .seconds(5))
            #expect(ContinuousClock.now - started < .seconds(5))
        }
    }

    @Test("a resize redraws at the new size, and a tiny window says it is too small")
    func resize() async throws {
        try await BrowserSession.with { session in
            try session.tmux.run(["resize-window", "-t", "e2e", "-x", "80", "-y", "24"])
            try await session.tmux.waitFor(
                "┌─ Detail ───────────────────────────────────────────────────────────────────")
            try session.tmux.run(["resize-window", "-t", "e2e", "-x", "30", "-y", "8"])
            try await session.tmux.waitFor("Terminal too small")
            try session.tmux.run(["resize-window", "-t", "e2e", "-x", "120", "-y", "40"])
            try await session.tmux.waitFor("2 subscriptions")
        }
    }

    /// Process ids whose command line mentions `name` and this test's sandbox URL.
    static func pids(of name: String, baseURL: String) throws -> [Int32] {
        try FileManager.default.contentsOfDirectory(atPath: "/proc").compactMap { entry -> Int32? in
            guard let pid = Int32(entry), let data = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline")
            else { return nil }
            let command = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\0", with: " ")
            return command.contains(name + " ") && command.contains(baseURL) && !command.contains("sh -c") ? pid : nil
        }
    }
}

@Suite("End to end: starting up without a terminal", .tags(.endToEnd), .notInFastRun)
struct StartupTests {
    static func run(_ arguments: [String], environment: [String: String] = [:]) async throws -> (
        status: Int32, stdout: String, stderr: String
    ) {
        var variables = ProcessInfo.processInfo.environment
        variables.removeValue(forKey: "NP6_API_KEY")
        let errorPath = NSTemporaryDirectory() + "np6-e2e-err-\(UUID().uuidString)"
        defer { unlink(errorPath) }
        // stderr apart from stdout, to show that nothing reaches the terminal's stdout.
        let command = ([try Binaries.path("np6-subs")] + arguments).map {
            "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'"
        }.joined(separator: " ")
        let result = try await ChildProcess.run(
            ["sh", "-c", command + " 2>'\(errorPath)'"], environment: variables.merging(environment) { $1 })
        let stderr = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
        return (result.status, result.output, stderr)
    }

    @Test("with no key it says so on stderr and exits 2, writing nothing to the terminal")
    func noKey() async throws {
        let result = try await Self.run(["--unicity", "foobar"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no API key"))
        #expect(!result.stderr.contains("\\n"), "the message is one line, with no escaped line break")
        #expect(result.stdout.isEmpty)
    }

    @Test("wrong flags exit 2")
    func wrongFlags() async throws {
        let result = try await Self.run(["--unicity", "a", "--hash", "b"], environment: ["NP6_API_KEY": "k"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("at most one"))
        #expect(try await Self.run(["--no-such-flag"]).status == 2)
    }

    @Test("a key file readable by others is refused with its mode, as ssh does")
    func keyFileMode() async throws {
        let path = NSTemporaryDirectory() + "np6-key-\(UUID().uuidString)"
        try "secret-value".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        chmod(path, 0o644)
        let result = try await Self.run(["--key-file", path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("permissions 0644"))
        #expect(!result.stderr.contains("secret-value"))
    }

    @Test("an http base URL that is not loopback is refused")
    func insecureBaseURL() async throws {
        let result = try await Self.run(["--base-url", "http://api-cm.np6.com"], environment: ["NP6_API_KEY": "k"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("https"))
    }

    @Test("--help lists every flag")
    func help() async throws {
        let result = try await Self.run(["--help"])
        #expect(result.status == 0)
        for flag in [
            "--unicity", "--hash", "--contact-id", "--base-url", "--key-file", "--read-only", "--demo", "--log-file",
        ] {
            #expect(result.stdout.contains(flag), "\(flag)")
        }
        #expect(!result.stdout.contains("--key "), "no flag takes the key itself")
    }

    @Test("without a terminal the browser refuses to start, exit 2")
    func noTerminal() async throws {
        let result = try await Self.run(["--demo"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("needs a terminal"))
    }

    @Test("in a terminal that TERM says cannot be drawn on (dumb, unset, unknown) it says why and exits 2")
    func undrawableTerm() async throws {
        let tmux = try TmuxSession()
        defer { tmux.close() }
        let binary = try Binaries.path("np6-subs")
        let cases = [
            ("TERM=dumb", "TERM=dumb cannot move the cursor"), ("-u TERM", "TERM is not set"),
            ("TERM=no-such-terminal", "terminfo has no entry for TERM=no-such-terminal"),
        ]
        for (run, (term, expected)) in cases.enumerated() {
            // Each run's status has a marker of its own: the previous run's "EXIT=2" may still be on screen
            // before "clear" runs, and the typed line holds "$?", never the status itself.
            try tmux.typeLine("clear; env \(term) \(binary) --demo; echo RUN\(run)-EXIT=$?")
            let screen = try await tmux.waitFor("RUN\(run)-EXIT=2")
            #expect(screen.contains(expected), "\(term): \(screen)")
        }
    }
}

@Suite("End to end: searching a contact with 100,000 subscriptions", .tags(.endToEnd, .slow), .notInFastRun)
struct BulkSearchEndToEndTests {
    @Test("typing a query shows the count and the single matching row; Esc restores all rows")
    func bulkSearch() async throws {
        let sandbox = try SandboxProcess()
        let tmux: TmuxSession
        do { tmux = try TmuxSession(environment: ["NP6_API_KEY": SandboxProcess.key]) } catch {
            await sandbox.stop()
            throw error
        }
        defer { tmux.close() }
        do {
            // Fetching it once here also makes the sandbox build (and cache) the contact.
            let all = try await sandbox.client.subscriptions(unicity: "bulk-100000")
            #expect(all.count == 100_000)
            let target = all[54_321]
            try tmux.typeLine(
                """
                \(try Binaries.path("np6-subs")) --base-url \(sandbox.baseURL) --unicity bulk-100000; echo \
                \"EXITED-$?\"
                """
            )
            try await tmux.waitFor("100,000 subscriptions", timeout: .seconds(120))
            try tmux.send("/")
            try tmux.send("id:" + target.id, literal: true)
            // The filter bar ends with matches/total; the one row is the target.
            var screen = ""
            try await waitUntil("the filter bar to count 1/100,000", timeout: .seconds(120)) {
                screen = try tmux.capture()
                return screen.split(separator: "\n").contains { $0.hasPrefix("/ id:") && $0.hasSuffix("1/100,000") }
            }
            let lines = screen.split(separator: "\n")
            let listRows = lines.filter { $0.hasPrefix("›") || $0.hasPrefix(" firebase") || $0.hasPrefix(" apns") }
            #expect(listRows.count == 1, "\(screen)")
            #expect(listRows.first?.contains(String(target.provider.address!.prefix(10))) == true, "\(screen)")
            try tmux.send("Escape")
            try await waitUntil("all rows back", timeout: .seconds(120)) {
                screen = try tmux.capture()
                let lines = screen.split(separator: "\n")
                // The position (N/100,000) is in the header: at 120 columns the titles leave it no room.
                return !lines.contains { $0.hasPrefix("/ ") } && lines.contains { $0.contains("PROVIDER") }
                    && lines[0].contains("/100,000")
            }
            // The selection stayed on the row the filter found, wherever it is among all of them.
            let selected = screen.split(separator: "\n").first { $0.hasPrefix("›") }
            #expect(selected?.contains(String(target.provider.address!.prefix(10))) == true, "\(screen)")
            #expect(
                !screen.split(separator: "\n")[0].contains(" 1/100,000"),
                "the selection went back to the top: \(screen)")
        } catch {
            await sandbox.stop()
            throw error
        }
        await sandbox.stop()
    }
}

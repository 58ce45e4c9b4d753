import Browser
import ChildProcess
import Foundation
import NP6
import TestTags
import Testing

/// Screen modes, the palette, a config's keys and theme, export and the pager, through the real
/// binary in tmux at 80×24, the size of a laptop's terminal pane.
@Suite(
    "End to end: screen modes, the palette, your keys, export and the pager", .serialized, .tags(.endToEnd),
    .notInFastRun)
struct EverydayEndToEndTests {
    static func folder(_ name: String) throws -> String {
        let folder = NSTemporaryDirectory() + "np6-\(name)-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A config home holding `text` as np6-subs/config.yaml.
    static func configHome(_ text: String) throws -> String {
        let home = try folder("config")
        try FileManager.default.createDirectory(atPath: home + "/np6-subs", withIntermediateDirectories: true)
        try text.write(toFile: home + "/np6-subs/config.yaml", atomically: true, encoding: .utf8)
        return home
    }

    /// The list's data rows on screen: lines that start with a provider.
    static func listRows(_ screen: String) -> Int {
        screen.split(separator: "\n").filter {
            $0.hasPrefix("›firebase") || $0.hasPrefix(" firebase") || $0.hasPrefix("›apns") || $0.hasPrefix(" apns")
        }.count
    }

    @Test("+ at 80×24: 12 rows or more in normal, all 15 in list wide, the token whole in detail full")
    func screenModes() async throws {
        try await BrowserSession.with(
            arguments: "--unicity bulk-15", columns: 80, rows: 24, readyText: "15 subs"
        ) { session in
            let normal = try await session.tmux.waitFor("+ normal")
            #expect(Self.listRows(normal) >= 12, "\(normal)")
            try session.tmux.send("+")
            // The flash says the mode first; the key line says it once the flash has gone.
            let wide = try await session.tmux.waitForScreen("the list wide, all 15 rows") {
                Self.listRows($0) == 15 && $0.contains("Screen mode: list wide")
            }
            #expect(wide.contains(" ID"), "every column")
            try session.tmux.send("+")
            let full = try await session.tmux.waitForScreen("the detail full, its token") {
                $0.contains("Screen mode: detail full") && $0.contains("Length")
            }
            let token = try #require(
                try await session.sandbox.client.subscriptions(unicity: "bulk-15").first?.provider.address)
            // The token's wrapped lines, put back together, hold it whole.
            let joined = full.split(separator: "\n").map { line -> String in
                let inner = line.drop { $0 != "│" }.dropFirst().prefix { $0 != "│" }
                return inner.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "Token", with: "")
                    .trimmingCharacters(in: .whitespaces)
            }.joined()
            #expect(joined.contains(token), "\(full)")
        }
    }

    @Test(": then sort then Enter sorts the list; the palette finds every command by name")
    func paletteSorts() async throws {
        try await BrowserSession.with(arguments: "--unicity bulk-15", columns: 80, rows: 24, readyText: "15 subs") {
            session in
            try session.tmux.send(":")
            try await session.tmux.waitFor("Commands")
            try session.tmux.send("sort", literal: true)
            try await session.tmux.waitFor("sort by the next column")
            try session.tmux.send("Enter")
            try await session.tmux.waitFor("Sorted by created")
            try await session.tmux.waitFor("CREATED ▲")
        }
    }

    @Test("keys: { quit: Q } and theme: light: Q quits, q does not; a wrong name is a warning with its place")
    func remappedQuit() async throws {
        let home = try Self.configHome(
            """
            theme: light
            keys:
              quit: Q
              refesh: R
            """)
        try await BrowserSession.with(
            arguments: "--unicity foobar", columns: 80, rows: 24, environment: ["XDG_CONFIG_HOME": home]
        ) { session in
            let screen = try await session.tmux.waitFor("Q quit")
            #expect(!screen.contains("q quit"))
            #expect(
                screen.replacingOccurrences(of: "\n ", with: " ").contains(
                    "config.yaml:4:3: keys: no command is named"),
                "the band repeats the warning")
            try session.tmux.send("q")
            try session.tmux.send("?")
            _ = try await session.tmux.waitForScreen("the help, Q on quit's line") {
                $0.contains("Keys (? or Esc closes)") && $0.contains("Q ") && $0.contains("quit (asks first")
            }
            try session.tmux.send("Escape")
            try await session.tmux.waitForAbsence("Keys (? or Esc closes)")
            try session.tmux.send("Q")
            try await session.tmux.waitFor("EXITED-0")
            let said = try session.tmux.capture()
            #expect(said.contains("did you mean refresh?"), "said on standard error too")
        }
        // The man page's KEYS section, as this config's keys make it.
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CONFIG_HOME"] = home
        let sections = try await ChildProcess.run(
            [try Binaries.path("np6-subs"), "--manual-sections"], environment: environment)
        #expect(sections.output.contains(".It Sy Q\nquit (asks first"))
        #expect(!sections.output.contains(".It Sy q\nquit (asks first"))
        let keys = try await ChildProcess.run([try Binaries.path("np6-subs"), "keys"], environment: environment)
        #expect(keys.status == 0)
        #expect(keys.output.contains("did you mean refresh?"), "its warnings, on standard error")
        let quit = keys.output.split(separator: "\n").first { $0.contains(" quit ") && $0.contains("list and detail") }
        #expect(quit?.hasPrefix("Q ") == true, "\(keys.output)")
    }

    @Test("E writes the filtered rows to the path given, as list --format csv prints them; it asks before replacing")
    func export() async throws {
        let out = try Self.folder("export") + "/rows.csv"
        try await BrowserSession.with(arguments: "--unicity bulk-15", columns: 80, rows: 24, readyText: "15 subs") {
            session in
            try session.tmux.send("/")
            try session.tmux.send("apns", literal: true)
            try session.tmux.send("Enter")
            try await session.tmux.waitFor("5/15")
            try session.tmux.send("E")
            try await session.tmux.waitFor("./np6-subs-bulk-15-")
            try session.tmux.send("C-u")
            try session.tmux.send(out, literal: true)
            try session.tmux.send("Enter")
            try await session.tmux.waitFor("Exported 5 subscriptions to")
            var environment = ProcessInfo.processInfo.environment
            environment["NP6_API_KEY"] = SandboxProcess.key
            environment["XDG_CONFIG_HOME"] = "/nonexistent"
            let listed = try await ChildProcess.run(
                [
                    try Binaries.path("np6-subs"), "list", "--base-url", session.sandbox.baseURL, "--unicity",
                    "bulk-15",
                    "--filter", "apns", "--format", "csv",
                ], environment: environment)
            let written = try String(contentsOfFile: out, encoding: .utf8)
            #expect(written == listed.output)
            #expect(written.components(separatedBy: "\r\n").count == 7, "a header, five rows, the last CR LF")
            // Again: the file exists, and n keeps it.
            try session.tmux.send("E")
            try await session.tmux.waitFor("Export")
            try session.tmux.send("C-u")
            try session.tmux.send(out, literal: true)
            try session.tmux.send("Enter")
            try await session.tmux.waitFor("Replace it?")
            try session.tmux.send("n")
            try session.tmux.send("Escape")
            try await session.tmux.waitForAbsence("Replace it?")
            #expect(try String(contentsOfFile: out, encoding: .utf8) == written)
        }
    }

    @Test("v gives the pager the JSON as sent; the screen comes back whole; a pager that fails is a status line")
    func pager() async throws {
        let folder = try Self.folder("pager")
        let script = folder + "/pager.sh"
        try "#!/bin/sh\ncat > \"\(folder)/got.json\"\necho \"$@\" > \"\(folder)/args\"\n".write(
            toFile: script, atomically: true, encoding: .utf8)
        chmod(script, 0o755)
        try await BrowserSession.with(
            arguments: "--unicity foobar", columns: 80, rows: 24, environment: ["PAGER": script]
        ) { session in
            try session.tmux.send("v")
            try await session.tmux.waitFor("2 subs")
            let deadline = ContinuousClock.now + .seconds(10)
            while !FileManager.default.fileExists(atPath: folder + "/args"), ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(50))
            }
            let screen = try session.tmux.capture()
            #expect(FileManager.default.fileExists(atPath: folder + "/args"), "the pager ran: \(screen)")
            let got = try Data(contentsOf: URL(fileURLWithPath: folder + "/got.json"))
            let first = try #require(try await session.sandbox.client.subscriptions(unicity: "foobar").first)
            #expect(Array(got) == Array(first.jsonBytes))
            _ = try await session.tmux.waitForScreen("the browser drawn whole again") {
                $0.contains("PROVIDER") && $0.contains("Detail") && $0.contains("? help")
            }
        }
        // A pager that does not exist: a status line, and the browser lives on (swift-subprocess
        // once trapped here, now and then, when the child ended before its input was written).
        // One that fails after longer than a flash lives: its error is still shown, from then.
        let slow = folder + "/slow-pager.sh"
        try "#!/bin/sh\ncat > /dev/null\nsleep \(Flash.lifetime + 0.5)\necho 'slow pager: gave up' >&2\nexit 5\n".write(
            toFile: slow, atomically: true, encoding: .utf8)
        chmod(slow, 0o755)
        for (pager, error) in [("/nonexistent/pager", "/nonexistent/pager: not found"), (slow, "slow pager: gave up")] {
            try await BrowserSession.with(
                arguments: "--unicity foobar", columns: 80, rows: 24, environment: ["PAGER": pager]
            ) { session in
                try session.tmux.send("v")
                try await session.tmux.waitFor("The pager did not run: ")
                let screen = try await session.tmux.waitForScreen("the pager's last line of errors") {
                    $0.contains(error)
                }
                #expect(screen.contains("PROVIDER") && screen.contains("Detail"))
                try session.tmux.send("j")
                try await session.tmux.waitFor("›apns")
            }
        }
    }
}

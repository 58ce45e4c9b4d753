import ChildProcess
import Foundation
import TestTags
import Testing

/// The support ticket, end to end in tmux: local dates by the zone's rules, sorting by the
/// modified date, a lookup guessed from its text, history, the copy menu, and a journal that
/// names the contact and the reason.
@Suite("End to end: the support ticket", .serialized, .tags(.endToEnd), .notInFastRun)
struct SupportTicketEndToEndTests {
    static let summerID = "5a000000-0000-4000-8000-000000000001"
    static let foobarHash = "3858f62230ac3c915f300c664312c63f"

    @Test(
        """
        TZ=Europe/Paris: 2023-07-01T12:00:00Z shows as 14:00 (+02:00) and the winter date as 13:00; New York in \
        October as 08:00
        """,
        arguments: [
            ("Europe/Paris", "2023-07-01 14:00", "2023-07-01 14:00:00 +02:00", "2023-01-15 13:00"),
            ("America/New_York", "2023-07-01 08:00", "2023-07-01 08:00:00 -04:00", "2023-01-15 07:00"),
        ])
    func localDates(zone: String, listDate: String, detailDate: String, winter: String) async throws {
        try await BrowserSession.with(
            arguments: "--unicity summer-time@example.com", columns: 80, rows: 24, environment: ["TZ": zone],
            readyText: "2 subs"
        ) { session in
            let screen = try await session.tmux.waitFor(detailDate)
            #expect(screen.contains(listDate), "the list row, at 80 columns with the time: \(screen)")
            #expect(screen.contains(winter), "the winter row: \(screen)")
            // Modified on the day the clocks went back, before the change: still summer time.
            if zone == "Europe/Paris" { #expect(screen.contains("2023-10-29 02:30")) }
        }
    }

    @Test("show and list write local dates by each date's rules; with TZ unset, the system zone (as date(1) has it)")
    func scriptDates() async throws {
        try await ScriptEndToEndTests.withSandbox { sandbox, state in
            func show(_ zone: String?) async throws -> String {
                try await ScriptEndToEndTests.np6subs(
                    ["show", Self.summerID], sandbox: sandbox, state: state, changes: ["TZ": zone]
                ).output
            }
            #expect(try await show("Europe/Paris").contains("2023-07-01 14:00:00 +02:00"))
            #expect(try await show("America/New_York").contains("2023-07-01 08:00:00 -04:00"))
            var environment = ProcessInfo.processInfo.environment
            environment["TZ"] = nil
            let expected = try await ChildProcess.run(
                ["date", "-d", "2023-07-01T12:00:00Z", "+%Y-%m-%d %H:%M:%S %:z"], environment: environment
            ).output
                .trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(try await show(nil).contains(expected), "TZ unset: the system's zone, \(expected)")
        }
    }

    @Test("s s S sorts by the modified date, newest first, with ▼ in the header; the titles stay whole")
    func sortByModified() async throws {
        try await BrowserSession.with(arguments: "--unicity jeanne.martin@example.com", readyText: "3 subscriptions") {
            session in
            try session.tmux.send("s")
            try await session.tmux.waitFor("CREATED ▲")
            try session.tmux.send("s")
            try await session.tmux.waitFor("MODIFIED ▲")
            try session.tmux.send("S")
            // The rows are drawn below the titles: poll until the sorted rows are there too, the
            // only modified one first (a wrong order times out, with the screen).
            let screen = try await session.tmux.waitForScreen("MODIFIED ▼ and the rows sorted by it") { screen in
                let lines = screen.split(separator: "\n").map(String.init)
                guard let titleRow = lines.firstIndex(where: { $0.contains("MODIFIED ▼") }) else { return false }
                let rows = lines[(titleRow + 1)...].prefix(3).map { String($0.prefix(40)) }
                return rows.first?.contains("firebase") == true && rows.last?.contains("http") == true
            }
            let titles = try #require(screen.split(separator: "\n").first { $0.contains("MODIFIED ▼") })
            for title in ["PROVIDER", "APPLICATION", "TOKEN", "CREATED"] {
                #expect(titles.contains(title), "\(titles)")
            }
        }
    }

    @Test(
        """
        looked up by hash, the header names the unicity; an e-mail typed next is looked up as a unicity; [ comes \
        back; C copies the id
        """
    )
    func lookupHistoryAndCopy() async throws {
        try await BrowserSession.with(arguments: "--hash \(Self.foobarHash)") { session in
            try await session.tmux.waitFor("unicity: foobar (hash: 3858f622…)")
            try session.tmux.send("o")
            try await session.tmux.waitFor("Look up a contact")
            try session.tmux.send("jeanne.martin@example.com", literal: true)
            try await session.tmux.waitFor("Kind: unicity, guessed: it has an @")
            try session.tmux.send("Enter")
            try await session.tmux.waitFor("3 subscriptions")
            try session.tmux.send("[")
            let back = try await session.tmux.waitFor("2 subscriptions")
            #expect(back.contains("unicity: foobar (hash: 3858f622…)"))
            try session.tmux.send("C")
            try await session.tmux.waitFor("subscription id")
            try session.tmux.send("2")
            try await session.tmux.waitFor("Copied subscription id")
            #expect(try session.tmux.run(["show-buffer"]) == BrowserEndToEndTests.firebaseID)
            try session.tmux.send("]")
            try await session.tmux.waitFor("3 subscriptions")
        }
    }

    @Test(
        """
        a delete with --reason and one with a typed reason: journal fits 120 columns, names the contact and shows \
        each reason
        """
    )
    func journalWithReasons() async throws {
        try await BrowserSession.with(arguments: "--hash \(Self.foobarHash) --reason TICKET-4242") { session in
            try session.tmux.send("d")
            // The modal names the contact.
            _ = try await session.tmux.waitForScreen("the modal's reason and contact") {
                $0.contains("TICKET-4242") && $0.contains("unicity: foobar (hash: 3858f622…)")
            }
            try session.tmux.send("y")
            try await session.tmux.waitFor("Deleted firebase")
            // The next one: another reason, typed in the field.
            try session.tmux.send("d")
            try await session.tmux.waitFor("Delete this subscription?")
            try session.tmux.send("Tab")
            try session.tmux.send("C-u")
            try session.tmux.send("INC-77 yes it is stale", literal: true)
            try session.tmux.send("Enter")
            try session.tmux.send("Enter")
            try await session.tmux.waitFor("Deleted apns")
            try session.tmux.send("q")
            try await session.tmux.waitFor("EXITED-0")
            try session.tmux.run(["send-keys", "-t", "e2e", "clear", "Enter"])
            try session.tmux.typeLine("\(try Binaries.path("np6-subs")) journal --contact FOOBAR")
            // The whole table: its title row and the last reason (a frame may hold part of it).
            let screen = try await session.tmux.waitForScreen("the journal's titles and both reasons") {
                $0.contains("INC-77 yes it is stale")
                    && $0.split(separator: "\n").contains { $0.hasPrefix("WHEN") && $0.contains("REASON") }
            }
            let lines = screen.split(separator: "\n").map(String.init)
            let rows = lines.filter { $0.contains("foobar") && $0.contains("delete") }
            #expect(rows.count == 2, "\(screen)")
            #expect(rows.contains { $0.contains("TICKET-4242") })
            #expect(lines.allSatisfy { $0.count <= 120 }, "the table fits 120 columns")
            #expect(lines.contains { $0.hasPrefix("WHEN") && $0.contains("CONTACT") }, "\(screen)")
        }
    }
}

/// Mouse capture, as the terminal sees it: tmux reports whether the program asked for mouse events.
@Suite("End to end: the mouse", .serialized, .tags(.endToEnd), .notInFastRun)
struct MouseEndToEndTests {
    @Test(
        "the browser captures the mouse; --no-mouse and NP6_NO_MOUSE=1 leave it to the terminal",
        arguments: [
            ("", [String: String](), "1"), ("--no-mouse", [:], "0"), ("", ["NP6_NO_MOUSE": "1"], "0"),
        ])
    func capture(flag: String, environment: [String: String], expected: String) async throws {
        try await BrowserSession.with(arguments: "--unicity foobar \(flag)", environment: environment) { session in
            let flagValue = try session.tmux.run(["display", "-p", "-t", "e2e", "#{mouse_any_flag}"])
                .trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(flagValue == expected)
        }
    }
}

import Foundation
import Journal
import NP6
import TestTags
import Testing

/// Undo and read-only mode, through the real binary in tmux.
@Suite("End to end: undo, marks and read-only in the browser", .serialized, .tags(.endToEnd), .notInFastRun)
struct UndoEndToEndTests {
    @Test("delete in the browser, press u: it is back with the same id and fields; the journal shows both entries")
    func undoRoundTrip() async throws {
        try await BrowserSession.with(arguments: "--unicity mallory", readyText: "1 subscription") { session in
            let original = try #require(try await session.sandbox.client.subscriptions(unicity: "mallory").first)
            try session.tmux.send("d")
            try await session.tmux.waitFor("Delete this subscription?")
            try session.tmux.send("y")
            try await session.tmux.waitFor("Deleted firebase")
            #expect(try await !session.sandbox.has(subscription: original.id))
            try session.tmux.send("u")
            try await session.tmux.waitFor("Undo the last delete?")
            try session.tmux.send("y")
            try await session.tmux.waitFor("Re-created 1 subscription")
            try await session.tmux.waitFor("1 subscription │")
            let back = try await session.sandbox.client.subscription(id: original.id)
            #expect(back.raw == original.raw, "the same id and fields, unknown ones included")
            #expect(back.raw.serialized() == original.raw.serialized())

            try session.tmux.send("q")
            try await session.tmux.waitFor("EXITED-0")
            try session.tmux.typeLine("\(try Binaries.path("np6-subs")) journal --wide")
            // The wide table is wider than the window: read it with the wrapping undone.
            let screen = try await session.tmux.waitForScreen("the journal's undo entry") {
                $0.replacingOccurrences(of: "\n", with: "").contains("undo (re-create)")
            }
            .replacingOccurrences(of: "\n", with: "")
            #expect(screen.contains("mallory  delete"))
            #expect(screen.contains("DELETE /subscriptions/\(original.id)"))
            #expect(screen.contains("PUT /subscriptions"))
            #expect(screen.components(separatedBy: "done (").count == 3, "both outcomes recorded")
        }
    }

    @Test("J shows the delete with its reason; u there re-creates it, journalled as a restore of that entry")
    func undoFromTheJournal() async throws {
        try await BrowserSession.with(arguments: "--unicity mallory", readyText: "1 subscription") { session in
            let original = try #require(try await session.sandbox.client.subscriptions(unicity: "mallory").first)
            try session.tmux.send("d")
            try await session.tmux.waitFor("Delete this subscription?")
            try session.tmux.send("Tab")
            try session.tmux.send("T-4711", literal: true)
            try session.tmux.send("Enter")
            try session.tmux.send("y")
            try await session.tmux.waitFor("Deleted firebase")
            try session.tmux.send("J")
            try await session.tmux.waitFor("Journal · no profile · 1 entry")
            let journal = try session.tmux.capture()
            #expect(journal.contains("● "), "the contact on screen's entry is marked")
            #expect(journal.contains("mallory") && journal.contains("T-4711"))
            try session.tmux.send("u")
            try await session.tmux.waitFor("Re-create journal entry")
            try session.tmux.send("y")
            try await session.tmux.waitFor("Re-created 1 subscription of mallory (entry")
            try await session.tmux.waitFor("1 subscription │")
            #expect(try await session.sandbox.has(subscription: original.id))
            let entries = try DeletionJournal(
                directory: session.tmux.stateFolder + "/np6-subs", host: "", operatorName: ""
            ).entries()
            #expect(entries.count == 2)
            #expect(entries.first?.operation == .restore)
            #expect(entries.first?.restores == entries.last?.id)
            #expect(entries.first?.reason == "T-4711", "offered again: the same contact, the same profile")
            // The journal now says so, and u on the delete does nothing more.
            try session.tmux.send("J")
            try await session.tmux.waitFor("2 entries")
            try session.tmux.send("j")
            try session.tmux.send("u")
            try await session.tmux.waitFor("re-created already by")
        }
    }

    @Test(
        """
        marked rows are deleted together, each with its own request, under one journal entry; their undo is one \
        entry too
        """
    )
    func marks() async throws {
        try await BrowserSession.with(arguments: "--unicity jeanne.martin@example.com", readyText: "3 subscriptions") {
            session in
            try session.tmux.send("Space")
            try session.tmux.send("Space")
            try await session.tmux.waitFor("2 marked")
            try session.tmux.send("d")
            try await session.tmux.waitFor("Delete 2 marked subscriptions?")
            try session.tmux.send("y")
            try await session.tmux.waitFor("1 subscription │")
            let deletes = try await session.sandbox.handled().filter { $0.method == "DELETE" }
            #expect(deletes.count == 2)
            #expect(deletes.allSatisfy { $0.path.hasPrefix("/subscriptions/") })
            try session.tmux.send("u")
            try await session.tmux.waitFor("Undo the last delete?")
            try session.tmux.send("y")
            try await session.tmux.waitFor("Re-created 2 subscriptions")
            let entries = try DeletionJournal(
                directory: session.tmux.stateFolder + "/np6-subs", host: "", operatorName: ""
            ).entries()
            #expect(entries.count == 2, "one entry for the two deletes, one for their undo")
            #expect(entries.last?.requests.count == 2 && entries.last?.subscriptions.count == 2)
            #expect(entries.last?.outcome?.raw["results"]?.arrayValue?.count == 2, "what each request answered")
            #expect(entries.first?.operation == .undo && entries.first?.subscriptions.count == 2)
            #expect(entries.allSatisfy { $0.contact?.unicity == "jeanne.martin@example.com" })
        }
    }

    @Test(
        "--read-only and NP6_READ_ONLY=1: d, D and u flash read-only, and nothing is deleted", arguments: [true, false])
    func readOnly(viaFlag: Bool) async throws {
        try await BrowserSession.with(
            arguments: viaFlag ? "--unicity foobar --read-only" : "--unicity foobar",
            environment: viaFlag ? [:] : ["NP6_READ_ONLY": "1"]
        ) { session in
            let screen = try session.tmux.capture()
            #expect(screen.contains("READ-ONLY"))
            #expect(!screen.contains("d delete"))
            // Each key's own message, so that one key's flash cannot stand in for another's.
            for (key, message) in [
                ("d", "read-only: deleting is disabled"), ("D", "read-only: deleting all is disabled"),
                ("u", "read-only: undo is disabled"),
            ] {
                try session.tmux.send(key)
                try await session.tmux.waitFor(message)
                let screen = try session.tmux.capture()
                #expect(
                    !screen.contains("Delete this subscription?") && !screen.contains("Delete ALL")
                        && !screen.contains("Undo the last"))
            }
            #expect(try await session.sandbox.has(subscription: "0581e259-9039-487c-a94e-ff8c3944f956"))
            #expect(try await session.sandbox.handled().allSatisfy { $0.method != "DELETE" })
        }
    }
}

@Suite("End to end: what an earlier run left unfinished", .tags(.endToEnd), .notInFastRun)
struct UnfinishedJournalTests {
    @Test("a journalled delete without an outcome is shown at start as outcome unknown")
    func unfinishedIntentIsShown() async throws {
        try await BrowserSession.with(
            arguments: "--unicity foobar", readyText: nil,
            prepare: { state in
                let journal = DeletionJournal(directory: state + "/np6-subs", host: "127.0.0.1", operatorName: "tester")
                _ = try await journal.recordIntent(
                    operation: .deleteSubscription,
                    requests: ["DELETE /subscriptions/0581e259-9039-487c-a94e-ff8c3944f956"], subscriptions: [])
            }
        ) { session in
            let screen = try await session.tmux.waitFor("Outcome unknown")
            #expect(
                screen.replacingOccurrences(of: "\n", with: "").contains("1 journalled request has an unknown outcome"))
        }
    }

    @Test("an unknown outcome settled since (a re-check, a restore) is not announced again")
    func settledIntentIsQuiet() async throws {
        try await BrowserSession.with(
            arguments: "--unicity foobar", readyText: "2 subscriptions",
            prepare: { state in
                let journal = DeletionJournal(directory: state + "/np6-subs", host: "127.0.0.1", operatorName: "tester")
                let entry = try await journal.recordIntent(
                    operation: .deleteSubscription,
                    requests: ["DELETE /subscriptions/0581e259-9039-487c-a94e-ff8c3944f956"], subscriptions: [])
                try journal.recordSettlement(entry: entry, result: .failed, by: "a re-check in the browser")
            }
        ) { session in
            #expect(!(try session.tmux.capture().contains("Outcome unknown")))
            try session.tmux.send("q")
            try await session.tmux.waitFor("EXITED-0")
        }
    }
}

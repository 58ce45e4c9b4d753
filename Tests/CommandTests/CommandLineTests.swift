import ArgumentParser
import TestTags
import Testing

@testable import np6_subs

@Suite("The command line: suggestions, the mouse, the reason and the audit log", .tags(.unit))
struct CommandLineTests {
    static let commands = ["browse", "list", "show", "delete", "journal", "restore", "help"]

    @Test(
        "a misspelt subcommand gets the nearest one; an unrelated word gets the list; options and real commands pass",
        arguments: [
            ("lst", "list"), ("lsit", "list"), ("journl", "journal"), ("dlete", "delete"), ("SHOW", "show"),
            ("restor", "restore"), ("brwose", "browse"),
        ])
    func suggestions(typo: String, meant: String) throws {
        let problem = try #require(CommandSuggestion.problem(with: typo, commands: Self.commands))
        #expect(problem.contains("Did you mean \"\(meant)\"?"), "\(problem)")
    }

    @Test("no suggestion for what is fine, and none that is far-fetched")
    func noSuggestion() throws {
        #expect(CommandSuggestion.problem(with: "list", commands: Self.commands) == nil)
        #expect(CommandSuggestion.problem(with: "--unicity", commands: Self.commands) == nil)
        let far = try #require(CommandSuggestion.problem(with: "frobnicate", commands: Self.commands))
        #expect(!far.contains("Did you mean"))
        #expect(far.contains("commands: browse, list"))
    }

    @Test(
        """
        --no-mouse and NP6_NO_MOUSE=1 turn capture off; --reason and --audit-log (or NP6_AUDIT_LOG) reach the \
        configuration
        """
    )
    func browserFlags() async throws {
        func configuration(_ arguments: [String], _ environment: [String: String] = [:]) async throws -> (
            mouse: Bool, reason: String?, audit: String?
        ) {
            let command = try #require(try NP6SubsCommand.parseAsRoot(arguments) as? BrowseCommand)
            let made = try await command.makeConfiguration(
                environment: ["NP6_API_KEY": "k", "XDG_CONFIG_HOME": "/nonexistent"].merging(environment) { $1 })
            return (made.mouse, made.reason, made.auditLog)
        }
        #expect(try await configuration([]).mouse)
        #expect(try await !configuration(["--no-mouse"]).mouse)
        #expect(try await !configuration([], ["NP6_NO_MOUSE": "1"]).mouse)
        #expect(try await configuration(["--reason", "TICKET-1"]).reason == "TICKET-1")
        #expect(try await configuration(["--reason", "  "]).reason == nil)
        #expect(try await configuration(["--audit-log", "/tmp/a.jsonl"]).audit == "/tmp/a.jsonl")
        #expect(try await configuration([], ["NP6_AUDIT_LOG": "/srv/audit.jsonl"]).audit == "/srv/audit.jsonl")
        #expect(
            try await configuration(["--audit-log", "/tmp/b.jsonl"], ["NP6_AUDIT_LOG": "/srv/audit.jsonl"]).audit
                == "/tmp/b.jsonl", "the flag wins")
    }

    @Test("journal --since takes a date or an age, and refuses anything else")
    func journalSince() throws {
        _ = try NP6SubsCommand.parseAsRoot([
            "journal", "--since", "2024-06-01", "--contact", "foo", "--host", "api", "--wide",
        ])
        _ = try NP6SubsCommand.parseAsRoot(["journal", "--since", "7d"])
        #expect(throws: (any Error).self) { try NP6SubsCommand.parseAsRoot(["journal", "--since", "last tuesday"]) }
    }
}

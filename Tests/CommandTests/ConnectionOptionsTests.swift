import ArgumentParser
import NP6
import Settings
import TestTags
import Testing

@testable import np6_subs

/// The browser and every subcommand take the same connection flags, parsed in-process as
/// swift-argument-parser's own tests do, and resolve them with the one resolver.
@Suite("Command line: one set of connection options, one resolver", .tags(.unit))
struct ConnectionOptionsTests {
    static let commands: [[String]] = [
        ["browse"], ["list", "--unicity", "u"], ["show", "S"], ["delete", "--subscription", "S"], ["restore", "E"],
        ["doctor"],
    ]

    @Test(
        "--profile, --base-url and --key-file parse the same way in the browser and in every subcommand",
        arguments: commands)
    func sameFlagsEverywhere(arguments: [String]) throws {
        let command = try NP6SubsCommand.parseAsRoot(
            arguments + ["--base-url", "http://127.0.0.1:9", "--key-file", "/tmp/k", "--profile", "p"])
        let connected = try #require(command as? ConnectedCommand, "\(type(of: command)) takes no connection options")
        #expect(
            connected.connection.flags
                == ConnectionResolver.Flags(baseURL: "http://127.0.0.1:9", keyFile: "/tmp/k", profile: "p"))
    }

    @Test("without a subcommand the browser parses, and its flags are the same group")
    func browserIsTheDefault() throws {
        let command = try NP6SubsCommand.parseAsRoot([
            "--unicity", "jeanne@example.com", "--base-url", "http://127.0.0.1:9",
        ])
        let browse = try #require(command as? BrowseCommand)
        #expect(browse.connection.baseURL == "http://127.0.0.1:9")
        #expect(browse.initialTarget == .contact(.unicity("jeanne@example.com")))
    }

    @Test("the journal needs no connection, and takes none of its flags")
    func journalTakesNoConnection() {
        #expect(throws: (any Error).self) {
            try NP6SubsCommand.parseAsRoot(["journal", "--base-url", "http://127.0.0.1:9"])
        }
    }

    @Test("the flag wins over the environment, the environment over the default")
    func layering() async throws {
        let environment = ["NP6_BASE_URL": "http://127.0.0.1:7000", "NP6_API_KEY": "from-env"]
        let fromEnvironment = try await ConnectionResolver.resolve(.init(), environment: environment, config: nil)
        #expect(fromEnvironment.baseURL.description == "http://127.0.0.1:7000")
        #expect(fromEnvironment.apiKey == (try APIKey("from-env")))
        let fromFlag = try await ConnectionResolver.resolve(
            .init(baseURL: "http://localhost:8000"), environment: environment, config: nil)
        #expect(fromFlag.baseURL.description == "http://localhost:8000")
        let byDefault = try await ConnectionResolver.resolve(.init(), environment: ["NP6_API_KEY": "k"], config: nil)
        #expect(byDefault.baseURL == NP6BaseURL.production)
    }

    @Test("a bad base URL, a missing key or an unreadable key file is a usage error that names the fix")
    func usageErrors() async {
        await #expect(throws: UsageError.self) {
            try await ConnectionResolver.resolve(
                .init(baseURL: "http://example.com"), environment: ["NP6_API_KEY": "k"], config: nil)
        }
        do {
            _ = try await ConnectionResolver.resolve(.init(), environment: [:], config: nil)
            Issue.record("resolved without a key")
        } catch {
            #expect(error.description.contains("NP6_API_KEY"))
            #expect(error.description.contains("--profile"))
        }
        await #expect(throws: UsageError.self) {
            try await ConnectionResolver.resolve(.init(keyFile: "/nonexistent/key"), environment: [:], config: nil)
        }
    }

    @Test("--read-only and --read-write together are refused; --demo refuses --profile as it refuses --base-url")
    func contradictions() {
        for arguments in [["--read-only", "--read-write"], ["--demo", "--profile", "acme-prod"]] {
            do {
                _ = try NP6SubsCommand.parseAsRoot(arguments)
                Issue.record("\(arguments) was accepted")
            } catch {
                #expect(NP6SubsCommand.exitCode(for: error) == .validationFailure, "\(arguments)")
            }
        }
    }

    @Test("journal --profile filters; restore takes --to-profile")
    func journalAndRestoreFlags() throws {
        let journal = try #require(
            try NP6SubsCommand.parseAsRoot(["journal", "--profile", "acme-prod"]) as? JournalCommand)
        #expect(journal.profile == "acme-prod")
        let restore = try #require(
            try NP6SubsCommand.parseAsRoot(["restore", "1a2b", "--to-profile", "staging"]) as? RestoreCommand)
        #expect(restore.toProfile == "staging")
    }

    @Test("--demo needs no key, and refuses --base-url with the reason")
    func demo() async throws {
        let command = try #require(try NP6SubsCommand.parseAsRoot(["--demo"]) as? BrowseCommand)
        let configuration = try await command.makeConfiguration(environment: ["XDG_CONFIG_HOME": "/nonexistent"])
        #expect(configuration.demo)
        #expect(configuration.apiKey == nil)
        do {
            _ = try NP6SubsCommand.parseAsRoot(["--demo", "--base-url", "https://api-cm.np6.com"])
            Issue.record("--demo with --base-url was accepted")
        } catch {
            #expect(NP6SubsCommand.message(for: error).contains("--demo runs its own sandbox on 127.0.0.1"))
            #expect(
                NP6SubsCommand.exitCode(for: error).rawValue == 64
                    || NP6SubsCommand.exitCode(for: error) == .validationFailure)
        }
    }
}

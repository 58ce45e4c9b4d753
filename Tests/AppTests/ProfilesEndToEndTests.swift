import ChildProcess
import Foundation
import Glibc
import NP6
import TestTags
import Testing

/// Profiles for real: two sandboxes with two keys stand for two accounts, a config file names
/// them, and np6-subs runs in tmux and as a process.
@Suite("End to end: profiles, the production band, doctor", .serialized, .tags(.endToEnd), .notInFastRun)
struct ProfilesEndToEndTests {
    static let stagingKey = "staging-key-7a1c"
    static let productionKey = "prod-key-93c0"

    /// Two sandboxes, a folder with the config file and the key files, a state folder.
    struct World {
        let staging: SandboxProcess
        let production: SandboxProcess
        let folder: String

        var configHome: String { folder + "/config" }
        var configPath: String { configHome + "/np6-subs/config.yaml" }
        var state: String { folder + "/state" }
        /// What every np6-subs run gets: the config, the state folder, the staging key's variable.
        var environment: [String: String] {
            [
                "XDG_CONFIG_HOME": configHome, "XDG_STATE_HOME": state, "STAGING_KEY": ProfilesEndToEndTests.stagingKey,
                "TERM": "xterm-256color",
                "LANG": "C.UTF-8",
            ]
        }

        func writeConfig(_ text: String) throws {
            try FileManager.default.createDirectory(atPath: configHome + "/np6-subs", withIntermediateDirectories: true)
            try text.write(toFile: configPath, atomically: true, encoding: .utf8)
        }

        /// np6-subs as a process: no terminal, this world's environment plus `changes` (nil removes).
        func run(_ arguments: [String], _ changes: [String: String?] = [:]) async throws -> ChildProcess.Result {
            var environment = ProcessInfo.processInfo.environment
            for name in ["NP6_API_KEY", "NP6_BASE_URL", "NP6_PROFILE", "NP6_READ_ONLY"] {
                environment.removeValue(forKey: name)
            }
            environment.merge(self.environment) { $1 }
            for (name, value) in changes { environment[name] = value }
            return try await ChildProcess.run([try Binaries.path("np6-subs")] + arguments, environment: environment)
        }
    }

    static func standardConfig(_ world: World) -> String {
        """
        default_profile: staging
        profiles:
          staging:
            base_url: \(world.staging.baseURL)
            key_env: STAGING_KEY
          acme-prod:
            base_url: \(world.production.baseURL)
            key_command: ["cat", "\(world.folder)/prod.key"]
            production: true
            label: ACME production
          audit:
            base_url: \(world.staging.baseURL)
            key_file: \(world.folder)/audit.key
            read_only: true
        """
    }

    static func withWorld(_ body: (World) async throws -> Void) async throws {
        let staging = try SandboxProcess(key: stagingKey)
        let production: SandboxProcess
        do { production = try SandboxProcess(key: productionKey) } catch {
            await staging.stop()
            throw error
        }
        let folder = NSTemporaryDirectory() + "np6-profiles-\(UUID().uuidString)"
        let world = World(staging: staging, production: production, folder: folder)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for (name, key) in [("prod.key", productionKey), ("audit.key", stagingKey)] {
                try (key + "\n").write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
                chmod(folder + "/" + name, 0o600)
            }
            try world.writeConfig(standardConfig(world))
            try await body(world)
        } catch {
            await staging.stop()
            await production.stop()
            throw error
        }
        await staging.stop()
        await production.stop()
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// The browser in tmux with the world's environment (and no NP6_API_KEY).
    static func withBrowser(
        _ world: World, _ arguments: String, columns: Int = 120, rows: Int = 40,
        _ body: (TmuxSession) async throws -> Void
    )
        async throws
    {
        var environment = world.environment
        environment["TERM"] = "screen"
        let tmux = try TmuxSession(columns: columns, rows: rows, environment: environment)
        do {
            try tmux.typeLine("\(try Binaries.path("np6-subs")) \(arguments); echo \"EXITED-$?\"")
            try await body(tmux)
        } catch {
            tmux.close()
            throw error
        }
        tmux.close()
    }

    static func expectNoKey(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(
            !text.contains(stagingKey) && !text.contains(productionKey), "a key appears: \(text)",
            sourceLocation: sourceLocation)
    }

    @Test(
        """
        the copy menu's curl command reads the key as the profile does (a variable, a command, a file): pasted \
        into a shell it gets the contact from that profile's server, and it never holds the key
        """,
        arguments: [("staging", "$STAGING_KEY"), ("acme-prod", "$(cat "), ("audit", "$(cat ")])
    func copiedCurlWorks(profile: String, expression: String) async throws {
        try await Self.withWorld { world in
            try await Self.withBrowser(world, "--profile \(profile) --unicity foobar") { tmux in
                try await tmux.waitFor("2 subscriptions")
                try tmux.send("C")
                try await tmux.waitFor("curl")
                try tmux.send("5")
                try await tmux.waitFor("Copied curl command")
                let command = try tmux.run(["show-buffer"])
                #expect(command.hasPrefix("curl -sS -H \"X-Key: \(expression)"), "\(command)")
                Self.expectNoKey(command)
                // Pasted into a shell with the session's environment, but no NP6_API_KEY.
                var environment = ProcessInfo.processInfo.environment
                environment.removeValue(forKey: "NP6_API_KEY")
                environment.merge(world.environment) { $1 }
                let pasted = try await ChildProcess.run(["/bin/bash", "-c", command], environment: environment)
                #expect(pasted.status == 0, "\(pasted.output)")
                #expect(pasted.output.contains("0581e259-9039-487c-a94e-ff8c3944f956"), "\(pasted.output)")
                #expect(!pasted.output.contains("401"), "the key was read as the profile reads it")
            }
        }
    }

    @Test(
        """
        open on staging, switch with P to production: each sandbox received only its own key, and never a key on \
        screen
        """
    )
    func switchProfiles() async throws {
        try await Self.withWorld { world in
            try await Self.withBrowser(world, "--unicity foobar") { tmux in
                let first = try await tmux.waitFor("2 subscriptions")
                #expect(first.split(separator: "\n")[0].contains("staging"), "the header names the profile: \(first)")
                try tmux.send("P")
                let picker = try await tmux.waitForScreen("the picker's title and rows") {
                    $0.contains("Profiles") && $0.contains("key: command") && $0.contains("key: env")
                }
                #expect(picker.contains("PRODUCTION"), "\(picker)")
                Self.expectNoKey(picker)
                try tmux.send("j")
                try tmux.send("Enter")
                let switched = try await tmux.waitFor("Look up a contact")
                #expect(switched.split(separator: "\n")[0].contains("PRODUCTION"), "the band: \(switched)")
                try tmux.send("foobar", literal: true)
                try tmux.send("Enter")
                let onProduction = try await tmux.waitFor("2 subs")
                #expect(onProduction.split(separator: "\n")[0].contains("ACME production"))
                Self.expectNoKey(onProduction)
                try tmux.send("q")
                try await tmux.waitFor("EXITED-0")
            }
            let staging = try await world.staging.handled()
            let production = try await world.production.handled()
            #expect(!staging.isEmpty && !production.isEmpty, "both were asked")
            #expect(staging.allSatisfy { $0.authorized }, "staging received another key: \(staging)")
            #expect(production.allSatisfy { $0.authorized }, "production received another key: \(production)")
            #expect(
                production.contains { $0.path == "/targets/subscriptions" },
                "the lookup after the switch went to production")
        }
    }

    @Test(
        """
        production: the band at 80×24 and 40×12, and D asks for the profile's name before deleting; the journal \
        records the profile
        """
    )
    func productionTyped() async throws {
        try await Self.withWorld { world in
            try await Self.withBrowser(world, "--profile acme-prod --unicity foobar", columns: 40, rows: 12) { tmux in
                let narrow = try await tmux.waitFor("2 subs")
                #expect(narrow.split(separator: "\n")[0].contains("PROD ACME"), "\(narrow)")
                try tmux.send("q")
                try await tmux.waitFor("EXITED-0")
            }
            try await Self.withBrowser(
                world, "--profile acme-prod --unicity foobar --reason TICKET-9", columns: 80, rows: 24
            ) { tmux in
                try await tmux.waitFor("2 subs")
                try tmux.send("D")
                _ = try await tmux.waitForScreen("the typed confirmation whole") {
                    $0.contains("profile's name") && $0.contains("PRODUCTION: profile acme-prod")
                }
                try tmux.send("foobar", literal: true)
                try tmux.send("Enter")
                try await tmux.waitFor("That does not match")
                #expect(
                    try await world.production.has(subscription: "0581e259-9039-487c-a94e-ff8c3944f956"),
                    "the unicity alone deleted")
                try tmux.send("C-u")
                try tmux.send("acme-prod/foobar", literal: true)
                try tmux.send("Enter")
                try await tmux.waitFor("0 subs")
                try tmux.send("q")
                try await tmux.waitFor("EXITED-0")
            }
            #expect(try await !world.production.has(subscription: "0581e259-9039-487c-a94e-ff8c3944f956"))
            #expect(
                try await world.staging.has(subscription: "0581e259-9039-487c-a94e-ff8c3944f956"), "staging untouched")
            let journal = try await world.run(["journal", "--profile", "acme-prod"])
            #expect(journal.status == 0)
            #expect(
                journal.output.contains("PROFILE") && journal.output.contains("acme-prod")
                    && journal.output.contains("TICKET-9"), "\(journal.output)")
            #expect(
                try await world.run(["journal", "--profile", "staging"]).output.contains("No journal entry matches"))
        }
    }

    @Test("a read-only profile: READ-ONLY in the header, d opens nothing; --read-write lifts it and says so")
    func readOnlyProfile() async throws {
        try await Self.withWorld { world in
            try await Self.withBrowser(world, "--profile audit --unicity foobar") { tmux in
                let screen = try await tmux.waitFor("2 subscriptions")
                #expect(screen.split(separator: "\n")[0].contains("READ-ONLY"))
                #expect(!screen.contains("d delete"))
                try tmux.send("d")
                try tmux.send("?")
                try await tmux.waitFor("Keys")
                #expect(!(try tmux.capture()).contains("Delete this subscription?"))
                try tmux.send("Escape")
                try tmux.send("q")
                try await tmux.waitFor("EXITED-0")
            }
            try await Self.withBrowser(world, "--profile audit --read-write --unicity foobar") { tmux in
                let screen = try await tmux.waitFor("2 subscriptions")
                #expect(screen.split(separator: "\n")[0].contains("READ-WRITE"))
                try tmux.send("q")
                try await tmux.waitFor("EXITED-0")
            }
            let refused = try await world.run([
                "delete", "--subscription", "0581e259-9039-487c-a94e-ff8c3944f956", "--yes", "--profile", "audit",
            ])
            #expect(refused.status == 2)
            #expect(refused.output.contains("read-only"))
        }
    }

    @Test("an unknown field in the config is a warning the browser repeats in its band, with the nearest known field")
    func warningBand() async throws {
        try await Self.withWorld { world in
            try world.writeConfig(Self.standardConfig(world) + "\n    labl: Audit\n")
            try await Self.withBrowser(world, "--unicity foobar") { tmux in
                let screen = try await tmux.waitFor("2 subscriptions")
                // The band wraps: its words, whatever the line breaks.
                let words = screen.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                #expect(
                    words.contains("Settings:") && words.contains("unknown field \"labl\"")
                        && words.contains("did you mean label?"), "\(screen)")
                try tmux.send("q")
                try await tmux.waitFor("EXITED-0")
            }
        }
    }

    @Test("key_command works, a key written into the config is refused, and profiles never shows a key")
    func keySources() async throws {
        try await Self.withWorld { world in
            let listed = try await world.run([
                "list", "--unicity", "foobar", "--profile", "acme-prod", "--format", "json",
            ])
            #expect(listed.status == 0, "\(listed.output)")
            let profiles = try await world.run(["profiles"])
            #expect(profiles.status == 0)
            #expect(
                profiles.output.contains("acme-prod") && profiles.output.contains("command")
                    && profiles.output.contains("* in use: staging"))
            Self.expectNoKey(profiles.output)
            try world.writeConfig(Self.standardConfig(world) + "\n    api_key: \(Self.productionKey)\n")
            let refused = try await world.run(["list", "--unicity", "foobar"])
            #expect(refused.status == 2)
            #expect(refused.output.contains("refuses keys in the config") && refused.output.contains("key_command"))
            Self.expectNoKey(refused.output)
        }
    }

    @Test(
        """
        doctor passes against the sandbox; a wrong key, an unreachable host and a bad config each fail on their \
        own line
        """
    )
    func doctor() async throws {
        try await Self.withWorld { world in
            let passing = try await world.run(["doctor"])
            #expect(passing.status == 0, "\(passing.output)")
            #expect(!passing.output.contains("✗"))
            for step in [
                "config", "profile", "key", "DNS", "TCP", "TLS", "proxy", "key accepted", "clock", "terminal", "locale",
                "journal",
            ] {
                #expect(passing.output.contains("✓ \(step):"), "no line for \(step): \(passing.output)")
            }
            let viaCommand = try await world.run(["doctor", "--profile", "acme-prod"])
            #expect(viaCommand.status == 0, "\(viaCommand.output)")
            Self.expectNoKey(passing.output + viaCommand.output)

            let wrongKey = try await world.run(["doctor"], ["STAGING_KEY": "not-the-key"])
            #expect(wrongKey.status == 1)
            #expect(wrongKey.output.contains("✗ key accepted: the server refused the key (401)"), "\(wrongKey.output)")
            #expect(wrongKey.output.contains("✓ TCP:"))
            #expect(!wrongKey.output.contains("not-the-key"))

            let unreachable = try await world.run(["doctor", "--base-url", "http://127.0.0.1:1"])
            #expect(unreachable.status == 1)
            #expect(unreachable.output.contains("✗ TCP: cannot connect to 127.0.0.1:1"), "\(unreachable.output)")
            #expect(unreachable.output.contains("✗ key accepted: not checked"))

            try world.writeConfig("profiles:\n  staging:\n    base_url: [oops\n")
            let bad = try await world.run(["doctor"])
            #expect(bad.status == 1)
            let line = bad.output.split(separator: "\n").first { $0.hasPrefix("✗ config:") }
            #expect(line?.contains(world.configPath + ":") == true, "\(bad.output)")
            #expect(
                line.map { $0.range(of: #"config\.yaml:\d+:\d+: malformed YAML"#, options: .regularExpression) != nil }
                    == true, "\(bad.output)")
        }
    }

    @Test(
        """
        config init writes 0600 and refuses to overwrite; restore refuses an entry of another profile unless \
        --to-profile
        """
    )
    func configInitAndRestore() async throws {
        try await Self.withWorld { world in
            let fresh = NSTemporaryDirectory() + "np6-config-\(UUID().uuidString)"
            defer { try? FileManager.default.removeItem(atPath: fresh) }
            let written = try await world.run(["config", "init"], ["XDG_CONFIG_HOME": fresh])
            #expect(written.status == 0)
            var info = stat()
            #expect(stat(fresh + "/np6-subs/config.yaml", &info) == 0 && info.st_mode & 0o777 == 0o600)
            #expect(
                try await world.run(["config", "path"], ["XDG_CONFIG_HOME": fresh]).output == fresh
                    + "/np6-subs/config.yaml\n")
            let again = try await world.run(["config", "init"], ["XDG_CONFIG_HOME": fresh])
            #expect(again.status == 2 && again.output.contains("never overwrites"))

            let id = "0581e259-9039-487c-a94e-ff8c3944f956"
            let deleted = try await world.run(["delete", "--subscription", id, "--yes", "--profile", "acme-prod"])
            #expect(deleted.status == 0, "\(deleted.output)")
            let entry = try #require(deleted.output.firstMatch(of: /journal entry ([0-9a-f]{8})/)?.1)
            // The same server and key, under another profile's name.
            let other = [
                "restore", String(entry), "--yes", "--profile", "staging", "--base-url", world.production.baseURL,
                "--key-file", world.folder + "/prod.key",
            ]
            let refused = try await world.run(other)
            #expect(refused.status == 2)
            #expect(
                refused.output.contains("recorded under the profile \"acme-prod\"")
                    && refused.output.contains("--to-profile staging"), "\(refused.output)")
            #expect(try await !world.production.has(subscription: id))
            let restored = try await world.run(other + ["--to-profile", "staging"])
            #expect(restored.status == 0, "\(restored.output)")
            #expect(try await world.production.has(subscription: id))
        }
    }
}

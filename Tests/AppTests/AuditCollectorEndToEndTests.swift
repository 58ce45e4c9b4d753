import ChildProcess
import Foundation
import Glibc
import TLSTestSupport
import TestTags
import Testing

/// The team's audit trail against a real rsyslog over TLS: what arrives, fail-closed, the spool,
/// a process killed mid-write, verify, show and restore --from-audit, with two operators.
@Suite("End to end: the audit collector", .serialized, .tags(.endToEnd), .notInFastRun)
struct AuditCollectorEndToEndTests {
    static let firebase = "0581e259-9039-487c-a94e-ff8c3944f956"
    static let apns = "ee3c161a-2ab2-4f10-b4f8-bd501eb14e50"

    /// One support engineer: a login, a state folder, a config whose production profile audits
    /// to `collectorPort`.
    struct Operator {
        let login: String
        let home: String
        let sandbox: SandboxProcess

        init(_ login: String, sandbox: SandboxProcess, pki: TestPKI, collectorPort: Int, required: Bool? = nil) throws {
            self.login = login
            self.sandbox = sandbox
            home = NSTemporaryDirectory() + "np6-audit-\(login)-\(UUID().uuidString)"
            let configFolder = home + "/config/np6-subs"
            try FileManager.default.createDirectory(atPath: configFolder, withIntermediateDirectories: true)
            for folder in [home, home + "/config", configFolder] { chmod(folder, 0o700) }
            let config = """
                default_profile: prod
                profiles:
                  prod:
                    base_url: \(sandbox.baseURL)
                    key_env: NP6_API_KEY
                    production: true
                    audit:
                      syslog: tls://localhost:\(collectorPort)
                      ca_file: \(pki.caCertificate)
                      timeout: 3
                \(required.map { "      required: \($0)" } ?? "")

                """
            try config.write(toFile: configFolder + "/config.yaml", atomically: true, encoding: .utf8)
            chmod(configFolder + "/config.yaml", 0o600)
        }

        var environment: [String: String] {
            var environment = ProcessInfo.processInfo.environment
            for name in ["NP6_BASE_URL", "NP6_PROFILE", "NP6_AUDIT_LOG", "NP6_READ_ONLY"] { environment[name] = nil }
            environment["NP6_API_KEY"] = sandbox.apiKey
            environment["XDG_CONFIG_HOME"] = home + "/config"
            environment["XDG_STATE_HOME"] = home + "/state"
            environment["USER"] = login
            environment["LANG"] = "C.UTF-8"
            environment["LANGUAGE"] = nil
            return environment
        }

        func run(_ arguments: [String]) async throws -> ChildProcess.Result {
            try await ChildProcess.run([try Binaries.path("np6-subs")] + arguments, environment: environment)
        }

        func remove() { try? FileManager.default.removeItem(atPath: home) }
    }

    static func with(_ body: (SandboxProcess, TestPKI, RsyslogProcess) async throws -> Void) async throws {
        let pki = try TestPKI.make()
        defer { pki.remove() }
        // The collector first: a sandbox left without stop() would end the run in its client's deinit.
        let collector = try RsyslogProcess(pki: pki)
        defer { collector.remove() }
        let sandbox = try SandboxProcess()
        do { try await body(sandbox, pki, collector) } catch {
            await sandbox.stop()
            throw error
        }
        await sandbox.stop()
    }

    @Test(
        """
        a delete arrives as two RFC 5424 messages (intent with the subscription's JSON, outcome) with the structured \
        data, never the key; verify passes
        """)
    func deleteIsTwoEvents() async throws {
        try await Self.with { sandbox, pki, collector in
            let alice = try Operator("alice", sandbox: sandbox, pki: pki, collectorPort: collector.port)
            defer { alice.remove() }
            let delete = try await alice.run([
                "delete", "--subscription", Self.apns, "--yes", "--reason", "SUP-7 stale",
            ])
            #expect(delete.status == 0, "\(delete.output)")
            let lines = try await collector.waitFor(2)
            let intent = try #require(lines.first { $0.contains(" intent [np6audit@32473 ") })
            let outcome = try #require(lines.first { $0.contains(" outcome [np6audit@32473 ") })
            for field in [
                #"operator="alice""#, #"profile="prod""#, #"host="\#(sandbox.host)""#, #"reason="SUP-7 stale""#,
                #"subscription="\#(Self.apns)""#, #"request="DELETE /subscriptions/\#(Self.apns)""#,
                #"contact="foobar""#, #"seq="1""#,
            ] {
                #expect(intent.contains(field), "\(field) in \(intent)")
            }
            #expect(intent.contains(#"json="{\"id\":\"\#(Self.apns)\""#), "the subscription as fetched: \(intent)")
            #expect(
                outcome.contains(#"result="done""#) && outcome.contains(#"status="204""#)
                    && outcome.contains(#"seq="2""#))
            #expect(!collector.lines.joined().contains(sandbox.apiKey), "the API key reached the collector")
            let verify = try await alice.run(["audit", "verify", collector.file])
            #expect(verify.status == 0, "\(verify.output)")
            let status = try await alice.run(["audit", "status"])
            #expect(status.output.contains("Nothing waits"), "\(status.output)")
        }
    }

    @Test(
        """
        collector down: on production the write is refused and NP6 keeps the subscription; with required: false it \
        goes on, spooled, and once rsyslog is back each event arrives exactly once
        """)
    func collectorDown() async throws {
        try await Self.with { sandbox, pki, collector in
            let alice = try Operator("alice", sandbox: sandbox, pki: pki, collectorPort: collector.port)
            let bob = try Operator("bob", sandbox: sandbox, pki: pki, collectorPort: collector.port, required: false)
            defer {
                alice.remove()
                bob.remove()
            }
            collector.stop()
            let refused = try await alice.run(["delete", "--subscription", Self.apns, "--yes", "--reason", "SUP-8"])
            #expect(refused.status == 1, "\(refused.output)")
            #expect(
                refused.output.contains("the audit collector tls://localhost:\(collector.port) did not take the intent")
            )
            #expect(refused.output.contains("Nothing was sent to NP6"), "\(refused.output)")
            #expect(try await sandbox.has(subscription: Self.apns), "NP6 received the DELETE")
            let waiting = try await alice.run(["audit", "status"])
            #expect(waiting.output.contains("2 events wait"), "the intent and its not-sent outcome: \(waiting.output)")

            let spooled = try await bob.run(["delete", "--subscription", Self.firebase, "--yes", "--reason", "SUP-9"])
            #expect(spooled.status == 0, "\(spooled.output)")
            #expect(spooled.output.contains("in the spool"), "\(spooled.output)")
            #expect(!(try await sandbox.has(subscription: Self.firebase)), "required: false goes on")

            try collector.start()
            let flushed = try await bob.run(["audit", "flush"])
            #expect(flushed.status == 0 && flushed.output.contains("2 events delivered"), "\(flushed.output)")
            let again = try await bob.run(["audit", "flush"])
            #expect(again.output.contains("0 events delivered"), "\(again.output)")
            // Alice's next command sends hers at start.
            _ = try await alice.run(["audit", "flush"])
            try await collector.waitFor(4)
            let ids = collector.lines.compactMap { line in
                line.range(of: #"event=""#).map { String(line[$0.upperBound...].prefix(36)) }
            }
            #expect(ids.count == 4 && Set(ids).count == 4, "each event exactly once: \(collector.lines)")
            let verify = try await bob.run(["audit", "verify", collector.file])
            #expect(verify.status == 0, "\(verify.output)")
        }
    }

    @Test(
        "killed between intent and outcome: the collector has the intent, show says unknown, the chain goes on"
    )
    func killedMidWrite() async throws {
        let pki = try TestPKI.make()
        let sandbox = try SandboxProcess(extraArguments: ["--latency-ms", "4000"])
        let collector = try RsyslogProcess(pki: pki)
        let alice = try Operator("alice", sandbox: sandbox, pki: pki, collectorPort: collector.port)
        defer {
            alice.remove()
            collector.remove()
            pki.remove()
        }
        let pid = try ChildProcess.spawn(
            [try Binaries.path("np6-subs"), "delete", "--subscription", Self.apns, "--yes", "--reason", "SUP-10"],
            environment: alice.environment, outputPath: alice.home + "/delete.out")
        try await collector.waitFor(1) { $0.contains(" intent [") }
        kill(pid, SIGKILL)
        _ = ChildProcess.wait(pid)
        let show = try await alice.run(["audit", "show", collector.file])
        #expect(show.output.contains("unknown") && show.output.contains("SUP-10"), "\(show.output)")
        await sandbox.stop()
        let verify = try await alice.run(["audit", "verify", collector.file])
        #expect(verify.status == 0, "one intent, seq 1: \(verify.output)")
    }

    @Test(
        """
        two operators, one rsyslog: show lists both with their reasons and filters; verify fails on a removed or \
        edited line; bob restores alice's delete from the collected file
        """)
    func twoOperators() async throws {
        try await Self.with { sandbox, pki, collector in
            let alice = try Operator("alice", sandbox: sandbox, pki: pki, collectorPort: collector.port)
            let bob = try Operator("bob", sandbox: sandbox, pki: pki, collectorPort: collector.port)
            defer {
                alice.remove()
                bob.remove()
            }
            #expect(
                try await alice.run(["delete", "--subscription", Self.apns, "--yes", "--reason", "SUP-11"]).status == 0)
            #expect(
                try await bob.run(["delete", "--unicity", "jeanne.martin@example.com", "--yes", "--reason", "SUP-12"])
                    .status == 0)
            try await collector.waitFor(4)
            let show = try await bob.run(["audit", "show", collector.file])
            for word in ["OPERATOR", "alice", "bob", "SUP-11", "SUP-12", "jeanne.martin@example.com"] {
                #expect(show.output.contains(word), "\(word): \(show.output)")
            }
            let onlyBob = try await alice.run(["audit", "show", collector.file, "--operator", "bob", "--format", "csv"])
            #expect(onlyBob.output.contains("SUP-12") && !onlyBob.output.contains("SUP-11"), "\(onlyBob.output)")
            let byContact = try await alice.run([
                "audit", "show", collector.file, "--contact", "foobar", "--format", "json",
            ])
            #expect(byContact.output.contains("SUP-11") && !byContact.output.contains("SUP-12"), "\(byContact.output)")
            let verify = try await alice.run(["audit", "verify", collector.file])
            #expect(verify.status == 0 && verify.output.contains("All 2 chains are whole"), "\(verify.output)")

            var lines = collector.lines
            let removedFile = collector.folder + "/removed.log"
            try (lines.enumerated().filter { $0.offset != 0 }.map(\.element).joined(separator: "\n") + "\n")
                .write(toFile: removedFile, atomically: true, encoding: .utf8)
            let removed = try await alice.run(["audit", "verify", removedFile])
            #expect(removed.status == 1 && removed.output.contains("missing event"), "\(removed.output)")
            lines[1] = lines[1].replacingOccurrences(of: "SUP-11", with: "SUP-99")
            let editedFile = collector.folder + "/edited.log"
            try (lines.joined(separator: "\n") + "\n").write(toFile: editedFile, atomically: true, encoding: .utf8)
            let edited = try await alice.run(["audit", "verify", editedFile])
            #expect(edited.status == 1 && edited.output.contains("edited event"), "\(edited.output)")

            let entry = try #require(
                show.output.split(separator: "\n").first { $0.contains("SUP-11") }?.split(separator: " ").dropFirst(2)
                    .first)
            let restore = try await bob.run([
                "restore", "--from-audit", collector.file, String(entry), "--yes", "--reason", "SUP-11 back",
            ])
            #expect(restore.status == 0, "\(restore.output)")
            #expect(try await sandbox.has(subscription: Self.apns), "alice's delete undone from the collector")
            try await collector.waitFor(1) { $0.contains(#"operation="restore""#) && $0.contains(" outcome [") }
        }
    }
}

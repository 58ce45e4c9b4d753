import ChildProcess
import Foundation
import TestTags
import Testing

/// The language as a French support engineer's machine chooses it: LANG=fr_FR.UTF-8 on a Debian
/// with no French locale installed, the config's `language:` over it, and doctor saying why.
@Suite("End to end: the program in French without a French locale", .tags(.endToEnd), .notInFastRun)
struct LanguageEndToEndTests {
    /// The locale variables the test names and no other (CI exports LC_ALL=C.UTF-8).
    static func command(_ locale: String, _ arguments: String) throws -> String {
        "env -u LC_ALL -u LC_MESSAGES -u LANGUAGE \(locale) \(try Binaries.path("np6-subs")) \(arguments)"
    }

    @Test("LANG=fr_FR.UTF-8, not installed: the key line is French and the borders are drawn whole")
    func frenchWithoutTheLocale() async throws {
        let tmux = try TmuxSession(environment: ["TERM": "xterm-256color"])
        defer { tmux.close() }
        try tmux.typeLine(try Self.command("LANG=fr_FR.UTF-8", "--demo"))
        // foobar's rows are drawn with the key line.
        let screen = try await tmux.waitForScreen("foobar's rows in French", timeout: .seconds(30)) {
            $0.contains("q quitter") && $0.contains("d4FAelIfRE")
        }
        #expect(screen.contains("? aide"), "\(screen)")
        #expect(screen.contains("o rechercher"))
        // A token cut with … and the border: UTF-8 drawn as characters, not as bytes.
        #expect(screen.contains("d4FAelIfRE…") && screen.contains("┌─ "), "\(screen)")
        #expect(!screen.contains("q quit "))
        try tmux.send("q")
    }

    @Test("the config's language: en wins over LANG=fr_FR.UTF-8, and doctor says which and why")
    func settingWins() async throws {
        let home = NSTemporaryDirectory() + "np6-language-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home + "/np6-subs", withIntermediateDirectories: true)
        try "language: en\n".write(toFile: home + "/np6-subs/config.yaml", atomically: true, encoding: .utf8)
        chmod(home + "/np6-subs/config.yaml", 0o600)
        let tmux = try TmuxSession(environment: ["TERM": "xterm-256color", "XDG_CONFIG_HOME": home])
        defer { tmux.close() }
        try tmux.typeLine(try Self.command("LANG=fr_FR.UTF-8", "--demo") + "; echo \"EXITED-$?\"")
        _ = try await tmux.waitFor("q quit", timeout: .seconds(30))
        try tmux.send("q")
        // Typed before the shell is back, the next line may be read by the browser or flushed by
        // the terminal's restore: wait for the shell.
        _ = try await tmux.waitFor("EXITED-0")
        try tmux.typeLine("clear; " + (try Self.command("LANG=fr_FR.UTF-8", "doctor --base-url http://127.0.0.1:9")))
        let doctor = try await tmux.waitFor("✓ language:", timeout: .seconds(30))
        #expect(doctor.contains("English, as the config file's language: says"), "\(doctor)")
        try "language: auto\n".write(toFile: home + "/np6-subs/config.yaml", atomically: true, encoding: .utf8)
        try tmux.typeLine("clear; " + (try Self.command("LANG=fr_FR.UTF-8", "doctor --base-url http://127.0.0.1:9")))
        // doctor writes a line at a time: the locale's line comes after the language's.
        let french = try await tmux.waitForScreen("doctor's language and locale lines", timeout: .seconds(30)) {
            $0.contains("✓ langue") && $0.contains("✓ locale")
        }
        #expect(french.contains("français, d’après LANG=fr_FR.UTF-8"), "\(french)")
        #expect(french.contains("✓ locale\u{00A0}: UTF-8"), "a missing French locale still draws UTF-8: \(french)")
    }

    /// A French support engineer's shell: LANG=fr_FR.UTF-8 (not installed here), and none of the
    /// variables CI exports that would win over it.
    static let french = ["LANG": "fr_FR.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""]

    @Test("in French: a lookup, a delete with its modal and a typed reason, the help overlay, an error, the journal")
    func frenchSession() async throws {
        try await BrowserSession.with(environment: Self.french, readyText: "2 abonnements") { session in
            let tmux = session.tmux
            #expect(try tmux.capture().contains("q quitter"))
            try tmux.send("d")
            let modal = try await tmux.waitFor("[ Supprimer ]")
            #expect(modal.contains("Supprimer cet abonnement\u{00A0}?"), "\(modal)")
            #expect(modal.contains("DELETE /subscriptions/0581e259-9039-487c-a94e-ff8c3944f956"))
            #expect(modal.contains("[ Annuler ]") && !modal.contains("Cancel"), "\(modal)")
            try tmux.send("Tab")
            try tmux.send("TICKET-9 à supprimer", literal: true)
            try tmux.send("Enter")
            try tmux.send("Enter")
            let deleted = try await tmux.waitFor("Supprimé\u{00A0}: firebase")
            #expect(deleted.contains("1 abonnement"), "\(deleted)")
            #expect(try await !session.sandbox.has(subscription: "0581e259-9039-487c-a94e-ff8c3944f956"))
            try tmux.send("?")
            // The whole overlay, not its title alone: tmux may show a frame before all of it is drawn.
            let help = try await tmux.waitForScreen("the French help, down to its quit line") {
                $0.contains("Touches (") && $0.contains("Liste et détail") && $0.contains("quitter")
            }
            #expect(!help.contains("Keys ("), "\(help)")
            try tmux.send("Escape")
            _ = try await tmux.waitForAbsence("Touches (")
            try tmux.send("o")
            _ = try await tmux.waitFor("Rechercher un contact")
            try tmux.send("fault-500", literal: true)
            try tmux.send("Enter")
            let failed = try await tmux.waitFor("Erreur du serveur 500")
            #expect(failed.contains("La recherche de unicity « fault-500 » a échoué"), "\(failed)")
            try tmux.send("q")
            _ = try await tmux.waitFor("EXITED-0")
            try tmux.typeLine("clear; \(try Binaries.path("np6-subs")) journal")
            let journal = try await tmux.waitFor("TICKET-9 à supprimer")
            #expect(
                journal.contains("QUAND") && journal.contains("suppression") && journal.contains("fait"), "\(journal)")
        }
    }

    @Test("list --format json and csv, and journal --format json and csv, are byte for byte the same in both languages")
    func machineFormatsAreLanguageFree() async throws {
        let sandbox = try SandboxProcess()
        do { try await Self.compareMachineFormats(sandbox) } catch {
            await sandbox.stop()
            throw error
        }
        await sandbox.stop()
    }

    static func compareMachineFormats(_ sandbox: SandboxProcess) async throws {
        let state = NSTemporaryDirectory() + "np6-language-state-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: state) }
        var base = ProcessInfo.processInfo.environment
        base["NP6_API_KEY"] = SandboxProcess.key
        base["XDG_STATE_HOME"] = state
        base["LC_ALL"] = nil
        base["LC_MESSAGES"] = nil
        base["LANGUAGE"] = nil
        let binary = try Binaries.path("np6-subs")
        let url = ["--base-url", sandbox.baseURL]
        // One delete, so that the journal has an entry to print.
        let delete = try await ChildProcess.run(
            [binary, "delete", "--subscription", "ee3c161a-2ab2-4f10-b4f8-bd501eb14e50", "--yes", "--reason", "T-1"]
                + url, environment: base)
        #expect(delete.status == 0, "\(delete.output)")
        for arguments in [
            ["list", "--unicity", "foobar", "--format", "json"] + url,
            ["list", "--unicity", "foobar", "--format", "csv"] + url, ["journal", "--format", "json"],
            ["journal", "--format", "csv"],
        ] {
            var outputs: [String] = []
            for lang in ["C.UTF-8", "fr_FR.UTF-8"] {
                var environment = base
                environment["LANG"] = lang
                let result = try await ChildProcess.run([binary] + arguments, environment: environment)
                #expect(result.status == 0, "\(arguments) \(lang): \(result.output)")
                outputs.append(result.output)
            }
            #expect(outputs[0] == outputs[1], "\(arguments)")
            #expect(!outputs[0].isEmpty)
        }
    }
}

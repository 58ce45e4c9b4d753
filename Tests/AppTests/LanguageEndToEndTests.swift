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
        try tmux.typeLine(try Self.command("LANG=fr_FR.UTF-8", "--demo"))
        _ = try await tmux.waitFor("q quit", timeout: .seconds(30))
        try tmux.send("q")
        try tmux.typeLine("clear; " + (try Self.command("LANG=fr_FR.UTF-8", "doctor --base-url http://127.0.0.1:9")))
        let doctor = try await tmux.waitFor("✓ language:", timeout: .seconds(30))
        #expect(doctor.contains("English, as the config file's language: says"), "\(doctor)")
        try "language: auto\n".write(toFile: home + "/np6-subs/config.yaml", atomically: true, encoding: .utf8)
        try tmux.typeLine("clear; " + (try Self.command("LANG=fr_FR.UTF-8", "doctor --base-url http://127.0.0.1:9")))
        let french = try await tmux.waitFor("✓ langue", timeout: .seconds(30))
        #expect(french.contains("français, d’après LANG=fr_FR.UTF-8"), "\(french)")
        #expect(french.contains("✓ locale\u{00A0}: UTF-8"), "a missing French locale still draws UTF-8: \(french)")
    }
}

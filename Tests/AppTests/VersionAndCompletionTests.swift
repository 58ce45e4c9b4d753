import ChildProcess
import Foundation
import NP6
import TestTags
import Testing

/// What the release archive builds on: `--version`, and the completion scripts' call back into the
/// binary for `--profile`. (scripts/verify-release checks the stamped binary and the shells.)
@Suite("The binary: --version and completions", .tags(.endToEnd), .notInFastRun)
struct VersionAndCompletionTests {
    static func run(_ arguments: [String], configHome: String? = nil) async throws -> ChildProcess.Result {
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CONFIG_HOME"] = configHome ?? "/nonexistent"
        return try await ChildProcess.run([try Binaries.path("np6-subs")] + arguments, environment: environment)
    }

    static func configFolder(_ text: String) throws -> String {
        let folder = NSTemporaryDirectory() + "np6-completion-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder + "/np6-subs", withIntermediateDirectories: true)
        try text.write(toFile: folder + "/np6-subs/config.yaml", atomically: true, encoding: .utf8)
        return folder
    }

    @Test func aPlainBuildSaysItIsNotStamped() async throws {
        let result = try await Self.run(["--version"])
        #expect(result.status == 0)
        #expect(
            result.output
                == """
                np6-subs \(NP6Version.current) (development build: scripts/release stamps the commit and the build \
                date)\n
                """
        )
    }

    @Test func theBashCompletionScriptAsksTheBinaryForProfiles() async throws {
        let result = try await Self.run(["--generate-completion-script", "bash"])
        #expect(result.status == 0)
        #expect(result.output.contains("---completion browse -- --profile"))
        #expect(result.output.contains("complete -o filenames -F _np6-subs np6-subs"))
    }

    @Test func profileNamesCompleteFromTheConfigFile() async throws {
        let folder = try Self.configFolder(
            """
            profiles:
              acme-prod:
                key_env: K
              acme-test:
                key_env: K
              other:
                key_env: K
            """)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // As the bash script calls it for `np6-subs list --profile acme<Tab>`: the word's index, the
        // cursor's place in it, then the words.
        let matching = try await Self.run(
            ["---completion", "list", "--", "--profile", "3", "4", "np6-subs", "list", "--profile", "acme"],
            configHome: folder)
        #expect(matching.status == 0)
        #expect(matching.output == "acme-prod\nacme-test\n")
    }

    /// What bash's TAB after `np6-subs list --profile WORD` offers, in a real bash with the
    /// generated script loaded, run in `folder`.
    static func bashCompletes(_ word: String, configHome folder: String) async throws -> [String] {
        let binary = try Binaries.path("np6-subs")
        let script = """
            cd '\(folder)' && source <('\(binary)' --generate-completion-script bash) || exit 9
            PATH='\((binary as NSString).deletingLastPathComponent)':$PATH
            COMP_WORDS=(np6-subs list --profile '\(word)'); COMP_CWORD=3
            COMP_LINE="np6-subs list --profile \(word)"; COMP_POINT=${#COMP_LINE}
            _np6-subs np6-subs '\(word)' --profile
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CONFIG_HOME"] = folder
        let result = try await ChildProcess.run(["/bin/bash", "-c", script], environment: environment)
        #expect(result.status == 0, "\(result.output)")
        return result.output.split(separator: "\n").map(String.init)
    }

    @Test("TAB in bash offers the profiles, and a profile named like shell code runs nothing")
    func bashCompletionRunsNoCode() async throws {
        let good = try Self.configFolder("profiles:\n  acme-prod:\n    key_env: K\n  acme-test:\n    key_env: K\n")
        defer { try? FileManager.default.removeItem(atPath: good) }
        #expect(try await Self.bashCompletes("acme", configHome: good) == ["acme-prod", "acme-test"])
        let hostile = try Self.configFolder("profiles:\n  \"$(touch${IFS}pwned)\":\n    key_env: K\n")
        defer { try? FileManager.default.removeItem(atPath: hostile) }
        #expect(try await Self.bashCompletes("", configHome: hostile).allSatisfy(\.isEmpty))
        #expect(!FileManager.default.fileExists(atPath: hostile + "/pwned"), "TAB ran the profile's name as code")
    }

    @Test func aBrokenConfigFileCompletesNothingAndPrintsNoError() async throws {
        let folder = try Self.configFolder("profiles: [unclosed\n")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try await Self.run(
            ["---completion", "list", "--", "--profile", "3", "0", "np6-subs", "list", "--profile", ""],
            configHome: folder)
        #expect(result.status == 0)
        #expect(result.output.trimmingCharacters(in: .whitespacesAndNewlines) == "")
    }
}

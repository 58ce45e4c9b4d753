import Foundation
import TestTags
import Testing

/// The help a user reads before a ticket says what the program does.
@Suite("End to end: help texts that are true", .tags(.endToEnd), .notInFastRun)
struct HelpTextTests {
    @Test("list --help: --filter is the browser's query language, smart case included")
    func listFilterHelp() async throws {
        let result = try await StartupTests.run(["list", "--help"])
        #expect(result.status == 0)
        let help = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for phrase in ["smart case", "!term", "~term", "provider:", "created:", "modified:", "never"] {
            #expect(help.contains(phrase), "\(phrase)")
        }
        #expect(!help.contains("case-insensitive"), "the old text said every term ignores case")
    }

    @Test("--read-only says it also disables undo and marking")
    func readOnlyHelp() async throws {
        let result = try await StartupTests.run(["--help"])
        let help = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("undo (u)"))
        #expect(help.contains("marking rows"))
    }

    @Test("list and delete without a contact mention --from-file")
    func noContactMentionsFromFile() async throws {
        for command in ["list", "delete"] {
            let result = try await StartupTests.run([command], environment: ["NP6_API_KEY": "k"])
            #expect(result.status == 2)
            #expect(result.stderr.contains("--from-file"), "\(command): \(result.stderr)")
        }
    }
}

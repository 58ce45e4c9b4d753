import Foundation
import Scripts
import TestTags
import Testing

@testable import np6_subs

/// The exit codes have one definition (`ScriptExit`): --help, the root command's discussion and
/// docs/usage.md's table all say the same.
@Suite("Exit codes: one definition, said the same everywhere", .tags(.unit))
struct ExitCodeTests {
    @Test("docs/usage.md's table lists exactly ScriptExit's codes")
    func documentedTable() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("docs/usage.md"), encoding: .utf8)
        let section = try #require(text.components(separatedBy: "## Exit codes\n").last)
        let codes = section.split(separator: "\n").prefix { !$0.hasPrefix("#") }.compactMap { line -> Int32? in
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            return cells.first.flatMap { Int32($0) }
        }
        #expect(codes == ScriptExit.allCases.map(\.rawValue))
    }

    @Test("--help and the root command's discussion give every code")
    func helpSaysEveryCode() {
        let help = Main.overview()
        let discussion = NP6SubsCommand.configuration.discussion
        for code in ScriptExit.allCases {
            #expect(help.contains("\(code.rawValue) \(code.meaning)"))
            #expect(discussion.contains("\(code.rawValue) \(code.meaning)"))
        }
    }
}

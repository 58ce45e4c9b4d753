import Browser
import Foundation
import Search
import TestTags
import Testing
import Views

/// docs/usage.md's key and filter-syntax tables say exactly what the key map and the help say:
/// every row of one is a row of the other, in both directions, word for word.
@Suite("docs/usage.md and the key map agree", .tags(.unit))
struct KeyDocumentationTests {
    static let usage: String = {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("docs/usage.md")
        return (try? String(contentsOf: docs, encoding: .utf8)) ?? ""
    }()

    /// The rows of the Markdown table under `heading`, cells trimmed and stripped of backticks.
    static func table(under heading: String) -> [[String]] {
        let lines = usage.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: heading) else { return [] }
        var rows: [[String]] = []
        var inTable = false
        for line in lines[(start + 1)...] {
            if line.hasPrefix("#") { break }
            guard line.hasPrefix("|") else {
                if inTable { break }
                continue
            }
            inTable = true
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                .map { $0.trimmingCharacters(in: .whitespaces) }
            if cells.allSatisfy({ $0.allSatisfy { $0 == "-" || $0 == " " } }) { continue }
            rows.append(
                cells.map { cell in
                    cell.hasPrefix("`") && cell.hasSuffix("`") && cell.count >= 2
                        ? String(cell.dropFirst().dropLast()) : cell
                })
        }
        return Array(rows.dropFirst())  // the header row
    }

    /// How the docs table would have to read: one row per binding, with the name the palette
    /// and a config's `keys:` give it.
    static var expectedKeyRows: [[String]] {
        KeyMap.defaults.map { [$0.label, $0.name, $0.context.title, $0.help] }
    }

    @Test("every binding of the key map is a row of the docs' key table, and every row is a binding")
    func keysBothWays() {
        let documented = Self.table(under: "## Keys")
        let expected = Self.expectedKeyRows
        let missing = expected.filter { !documented.contains($0) }
        let extra = documented.filter { !expected.contains($0) }
        let table = expected.map { "| `\($0[0])` | `\($0[1])` | \($0[2]) | \($0[3]) |" }.joined(separator: "\n")
        #expect(missing.isEmpty, "docs/usage.md lacks: \(missing)\nThe table should read:\n\(table)")
        #expect(extra.isEmpty, "docs/usage.md lists keys the key map does not have: \(extra)")
        #expect(documented.count == expected.count)
    }

    @Test("the help overlay lists every binding, and the filter syntax, which the docs list too")
    func helpAndSyntax() {
        let help = HelpContent.sections(readOnly: false).flatMap(\.entries)
        for binding in KeyMap.bindings {
            #expect(help.contains { $0.keys == binding.label && $0.action == binding.help }, "\(binding.label)")
        }
        let documented = Self.table(under: "### Filter syntax")
        let expected = SearchSyntax.entries.map { [$0.syntax, $0.meaning] }
        let table = expected.map { "| `\($0[0])` | \($0[1]) |" }.joined(separator: "\n")
        #expect(documented == expected, "docs/usage.md's filter syntax should read:\n\(table)")
    }

    @Test("read-only leaves the writing keys out of the help")
    func readOnlyHelp() {
        let keys = HelpContent.sections(readOnly: true).flatMap(\.entries).map(\.keys)
        for binding in KeyMap.bindings where binding.writes {
            #expect(!keys.contains(binding.label), "\(binding.label)")
        }
        #expect(keys.contains("o"))
    }
}

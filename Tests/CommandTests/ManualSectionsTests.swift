import Browser
import Foundation
import Scripts
import TestTags
import Testing

@testable import np6_subs

/// The man page says more than --help: every variable the program reads, its files, its exit
/// codes, every key of the browser, and examples (scripts/release puts these into the page).
@Suite("The man page's own sections", .tags(.unit))
struct ManualSectionsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Every environment variable the sources name: `environment["X"]` and the `"NP6_…"` names.
    static func variablesRead() throws -> Set<String> {
        let sources = root.appendingPathComponent("Sources")
        let enumerator = try #require(FileManager.default.enumerator(atPath: sources.path))
        let pattern = try Regex(#"environment\["([A-Z_]+)"\]|"((?:NP6|XDG)_[A-Z_]+|[A-Z]+_PROXY|[a-z]+_proxy)""#)
        var names: Set<String> = []
        for case let path as String in enumerator
        where path.hasSuffix(".swift") && !path.hasPrefix("np6-sandbox")
            && !path.hasPrefix("np6-bench") && !path.hasPrefix("NP6Sandbox")
        {
            let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
            for match in text.matches(of: pattern) {
                if let name = (match.output[1].substring ?? match.output[2].substring) { names.insert(String(name)) }
            }
        }
        return names
    }

    @Test("ENVIRONMENT names every variable the program reads")
    func environment() throws {
        let documented = Set(
            ManualSections.environment.flatMap {
                $0.name.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            })
        // NP6_MANUAL_ASCII is scripts/release's, for the manual generator: no user sets it.
        let read = try Self.variablesRead().subtracting(["NP6_MANUAL_ASCII"])
        #expect(read.contains("NP6_API_KEY") && read.contains("HTTPS_PROXY"), "the scan finds them: \(read)")
        #expect(
            read.subtracting(documented).isEmpty,
            "read but not in the man page: \(read.subtracting(documented).sorted())")
    }

    @Test("the sections are mdoc: ENVIRONMENT, FILES, EXIT STATUS, KEYS with every binding, EXAMPLES")
    func sections() {
        let mdoc = ManualSections.mdoc()
        let headers = mdoc.split(separator: "\n").filter { $0.hasPrefix(".Sh ") }
        #expect(headers == [".Sh ENVIRONMENT", ".Sh FILES", ".Sh EXIT STATUS", ".Sh KEYS", ".Sh EXAMPLES"])
        for binding in KeyMap.bindings {
            #expect(
                mdoc.contains(
                    ".It Sy \(ManualSections.escaped(binding.label))\n\(ManualSections.escaped(binding.help))"))
        }
        for exit in ScriptExit.allCases { #expect(mdoc.contains(".It \(exit.rawValue)\n\(exit.meaning)")) }
        #expect(mdoc.contains("journal.jsonl") && mdoc.contains("config.yaml"))
        // No text line may start an mdoc request by accident.
        #expect(ManualSections.escaped(".hidden") == "\\&.hidden")
        #expect(ManualSections.escaped("a\\b") == "a\\eb")
    }
}

import Foundation
import TestTags
import Testing

/// The docs are written for people: no line of a test run's output, pasted by accident, survives
/// in them (docs/usage.md once held a failed test's line).
@Suite("Documentation: no leftover test output", .tags(.unit))
struct DocumentationHygieneTests {
    static let markers = ["✘ Test", "✔ Test", "◇ Test", "Test run with", "recorded an issue at"]

    @Test("no Markdown file of the repository holds a line of swift test's output")
    func noTestOutput() async throws {
        let root = ArchitectureTests.root
        var files = [root.appendingPathComponent("README.md")]
        let docs = root.appendingPathComponent("docs")
        for name in try FileManager.default.contentsOfDirectory(atPath: docs.path) where name.hasSuffix(".md") {
            files.append(docs.appendingPathComponent(name))
        }
        #expect(files.count > 3, "the docs folder is found")
        for file in files {
            // A long scan gives the other tests' tasks a turn (the client tests have deadlines).
            await Task.yield()
            let lines = try String(contentsOf: file, encoding: .utf8).split(
                separator: "\n", omittingEmptySubsequences: false)
            for (number, line) in lines.enumerated() where Self.markers.contains(where: { line.contains($0) }) {
                Issue.record("\(file.lastPathComponent):\(number + 1) holds test output: \(line)")
            }
        }
    }
}

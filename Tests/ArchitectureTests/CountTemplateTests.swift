import Foundation
import TestTags
import Testing

/// Every user-visible message template in Sources that carries a count, collected from the
/// source text: each must say its count through `CountText` (which picks the singular or the
/// plural and groups thousands), and none may leave the plural to the reader with "(s)".
@Suite("Words: count templates in the sources", .tags(.unit))
struct CountTemplateTests {
    struct Template {
        var file: String
        var line: Int
        var literal: String
    }

    /// String literals of one line of code (comments skipped), escapes kept as written.
    static func literals(in line: String) -> [String] {
        let code = line.trimmingCharacters(in: .whitespaces)
        if code.hasPrefix("//") { return [] }
        guard let regex = try? NSRegularExpression(pattern: #""(?:[^"\\]|\\.)*""#) else { return [] }
        return regex.matches(in: line, range: NSRange(line.startIndex..., in: line)).compactMap {
            Range($0.range, in: line).map { String(line[$0]) }
        }
    }

    /// The templates of every source file: literals that interpolate a count.
    static func templates() -> [Template] {
        var found: [Template] = []
        for file in ArchitectureTests.swiftFiles(under: "Sources") {
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            for (number, line) in text.components(separatedBy: "\n").enumerated() {
                for literal in literals(in: line)
                where literal.range(of: #"\\\([^"]*[cC]ount"#, options: .regularExpression) != nil {
                    found.append(Template(file: file.lastPathComponent, line: number + 1, literal: literal))
                }
            }
        }
        return found
    }

    @Test("each count in a message goes through CountText; no \"(s)\" anywhere")
    func countsGoThroughCountText() async throws {
        let templates = Self.templates()
        // Most counted words moved to the catalog, whose plural blocks choose by CLDR's rules
        // (CatalogTests); the few templates left in Sources still go through CountText.
        #expect(!templates.isEmpty, "the scan finds the templates (\(templates.count))")
        #expect(Self.literals(in: #"let a = "\(CountText.of(count, "row")) left""#).count == 2)
        // An interpolated count followed by a word, not said by CountText: "\(x.count) subscriptions".
        let bare = try NSRegularExpression(pattern: #"\\\((?!CountText\.)[^()]*[cC]ount[^()]*\) ?[A-Za-z]"#)
        for template in templates {
            let range = NSRange(template.literal.startIndex..., in: template.literal)
            #expect(
                bare.firstMatch(in: template.literal, range: range) == nil,
                "\(template.file):\(template.line): \(template.literal)")
        }
        for file in ArchitectureTests.swiftFiles(under: "Sources") {
            // A long scan gives the other tests' tasks a turn (the client tests have deadlines).
            await Task.yield()
            let text = try String(contentsOf: file, encoding: .utf8)
            for (number, line) in text.components(separatedBy: "\n").enumerated() {
                for literal in Self.literals(in: line) {
                    #expect(!literal.contains("(s)"), "\(file.lastPathComponent):\(number + 1): \(literal)")
                }
            }
        }
    }
}

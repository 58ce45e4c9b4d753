import TestTags
import Testing
import YAMLReader

/// The config file's YAML reader: libyaml's events composed into a tree, with YAML 1.1's scalar
/// rules, anchors, aliases and merge keys, and the limits that keep a hostile file small.
@Suite("YAML reader", .tags(.unit))
struct YAMLDocumentTests {
    static func compose(_ text: String, nodeLimit: Int = YAMLDocument.defaultNodeLimit) throws -> YAMLNode? {
        try YAMLDocument.compose(text, nodeLimit: nodeLimit)
    }

    static func error(_ text: String, nodeLimit: Int = YAMLDocument.defaultNodeLimit) -> YAMLError? {
        do {
            _ = try YAMLDocument.compose(text, nodeLimit: nodeLimit)
            return nil
        } catch { return error }
    }

    static func value(_ node: YAMLNode?, _ key: String) -> YAMLNode? {
        node?.mapping?.first { $0.key.string == key }?.value
    }

    @Test("a mapping keeps its order, and every node knows its line and column (counted from 1)")
    func orderAndMarks() throws {
        let root = try Self.compose("b: 1\na:\n  - x\n  - \"y\"\n")
        #expect(root?.mapping?.map { $0.key.string } == ["b", "a"])
        #expect(root?.mark == YAMLMark(line: 1, column: 1))
        let list = try #require(Self.value(root, "a")?.sequence)
        #expect(list.map(\.string) == ["x", "y"])
        #expect(list.map(\.mark) == [YAMLMark(line: 3, column: 5), YAMLMark(line: 4, column: 5)])
        #expect(Self.value(root, "b")?.mark == YAMLMark(line: 1, column: 4))
    }

    @Test("no document: an empty text or one of comments only")
    func empty() throws {
        #expect(try Self.compose("") == nil)
        #expect(try Self.compose("# nothing\n\n") == nil)
    }

    @Test(
        "scalars resolve by YAML 1.1's rules: a plain yes is a boolean, a quoted one is text",
        arguments: [
            ("yes", true as Bool?), ("On", true), ("TRUE", true), ("off", false), ("No", false), ("\"yes\"", nil),
            ("'true'", nil), ("!!str true", nil), ("maybe", nil), ("1", nil), ("[true]", nil),
        ])
    func booleans(text: String, expected: Bool?) throws {
        #expect(Self.value(try Self.compose("v: \(text)\n"), "v")?.bool == expected)
    }

    @Test(
        "numbers are read from plain scalars only",
        arguments: [
            ("5", 5 as Double?), ("2.5", 2.5), ("-1e3", -1000), ("1_000", 1000), ("\"5\"", nil), ("five", nil),
            ("0x10", nil), ("1:30", nil), ("", nil),
        ])
    func numbers(text: String, expected: Double?) throws {
        #expect(Self.value(try Self.compose("v: \(text)\n"), "v")?.float == expected)
    }

    @Test("null is ~, null or nothing, never the quoted word; every scalar keeps its text")
    func nulls() throws {
        let root = try Self.compose("a: ~\nb:\nc: NULL\nd: \"null\"\ne: [x]\n")
        #expect(["a", "b", "c", "d", "e"].map { Self.value(root, $0)?.isNull } == [true, true, true, false, false])
        #expect(Self.value(root, "a")?.string == "~")
        #expect(Self.value(root, "d")?.string == "null")
        #expect(Self.value(root, "e")?.string == nil)
    }

    @Test("text keeps what YAML makes of it: escapes, folded and literal blocks, accents and emoji")
    func text() throws {
        let root = try Self.compose("a: \"tab\\there\"\nb: |\n  one\n  two\nc: >\n  one\n  two\nd: Équipe 🚀\n")
        #expect(Self.value(root, "a")?.string == "tab\there")
        #expect(Self.value(root, "b")?.string == "one\ntwo\n")
        #expect(Self.value(root, "c")?.string == "one two\n")
        #expect(Self.value(root, "d")?.string == "Équipe 🚀")
    }

    @Test("an alias is a copy of its anchor's node, marks included")
    func aliases() throws {
        let root = try Self.compose("base: &cmd [pass, show]\nother: *cmd\n")
        let base = try #require(Self.value(root, "base"))
        #expect(Self.value(root, "other") == base)
        #expect(Self.value(root, "other")?.sequence?.map(\.string) == ["pass", "show"])
    }

    @Test("<< merges an anchored mapping: the mapping's own keys win, then the first merged one")
    func mergeKeys() throws {
        let text = """
            a: &a {url: one, prod: true}
            b: &b {url: two, label: B}
            c:
              <<: [*a, *b]
              prod: false
            d:
              <<: *b
            """
        let root = try Self.compose(text)
        let c = try #require(Self.value(root, "c")?.mapping)
        #expect(c.map { "\($0.key.string ?? "")=\($0.value.string ?? "")" } == ["url=one", "label=B", "prod=false"])
        #expect(Self.value(Self.value(root, "c"), "prod")?.bool == false)
        #expect(Self.value(Self.value(root, "c"), "url")?.string == "one")
        #expect(Self.value(Self.value(root, "c"), "label")?.string == "B")
        #expect(c.count == 3)
        #expect(Self.value(root, "d")?.mapping?.map(\.key.string) == ["url", "label"])
        #expect(Self.error("a: [1]\nb:\n  <<: *x\n")?.kind == .unknownAlias("x"))
        #expect(Self.error("a: &a [1]\nb:\n  <<: *a\n")?.kind == .badMerge)
    }

    @Test("an alias bomb is refused at the limit instead of expanded")
    func aliasBomb() {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let previous = "*a\(level - 1)"
            text += "a\(level): &a\(level) [\(Array(repeating: previous, count: 10).joined(separator: ", "))]\n"
        }
        let error = Self.error(text)
        #expect(error?.kind == .tooManyNodes(limit: YAMLDocument.defaultNodeLimit))
        #expect(error.map { $0.mark.line <= 6 } == true, "refused early, at \(String(describing: error?.mark))")
        #expect(Self.error("a: &a [1, 2]\nb: [*a, *a]\n", nodeLimit: 12)?.kind == .tooManyNodes(limit: 12))
        #expect(
            Self.error("a: &a [1, 2]\nb: [*a, *a]\n", nodeLimit: 13) == nil,
            "13 nodes: the aliases count what they copy")
    }

    @Test("nesting deeper than the limit is refused, without overflowing the stack")
    func depth() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(Self.error(deep)?.kind == .tooDeep(limit: YAMLDocument.defaultDepthLimit))
        let fine = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(Self.error(fine) == nil)
    }

    @Test("malformed text is libyaml's problem at its place; a key twice and a second document are refused")
    func malformed() {
        let unclosed = Self.error("a:\n  b: [x\n")
        guard case .syntax(let problem) = unclosed?.kind else {
            Issue.record("not a syntax error: \(String(describing: unclosed))")
            return
        }
        #expect(problem.contains("expected"), "\(problem)")
        #expect(unclosed?.mark.line == 3)
        #expect(Self.error("a: 1\nb: 2\na: 3\n") == YAMLError(.duplicateKey("a"), at: YAMLMark(line: 3, column: 1)))
        #expect(Self.error("a: 1\n---\nb: 2\n")?.kind == .severalDocuments)
        #expect(Self.error("*nowhere\n")?.kind == .unknownAlias("nowhere"))
        #expect(Self.error("a: \tb\n\tc: d\n") != nil)
    }
}

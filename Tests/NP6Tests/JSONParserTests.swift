import NP6
import Testing

@Suite("JSON parser")
struct JSONParserTests {
    @Test("keeps member order and number text")
    func keepsOrderAndNumbers() throws {
        let value = try JSONParser.parse(#"{"z": 1.10, "a": [1e3, -0], "m": {"k": false}}"#)
        #expect(value.objectValue?.keys == ["z", "a", "m"])
        #expect(value.serialized() == #"{"z":1.10,"a":[1e3,-0],"m":{"k":false}}"#)
    }

    @Test("object equality ignores member order")
    func equalityIgnoresOrder() throws {
        #expect(try JSONParser.parse(#"{"a": 1, "b": 2}"#) == JSONParser.parse(#"{"b": 2, "a": 1}"#))
        #expect(try JSONParser.parse(#"{"a": 1}"#) != JSONParser.parse(#"{"a": 1, "b": 2}"#))
    }

    @Test("decodes escapes and surrogate pairs, and writes them back as valid JSON")
    func escapes() throws {
        let value = try JSONParser.parse(#"["\"\\\/\b\f\n\r\t", "\u00e9\ud83d\ude00", "\u001b[31m"]"#)
        #expect(value == .array([.string("\"\\/\u{08}\u{0C}\n\r\t"), .string("é😀"), .string("\u{1B}[31m")]))
        #expect(try JSONParser.parse(value.serialized()) == value)
    }

    @Test("says where a document broke", arguments: [
        ("[1, 2", "unexpected end of data in an array", 1, 6),
        ("{\"a\": 1,\n \"b\" 2}", "expected ':'", 2, 6),
        ("[tru]", "invalid literal", 1, 2),
        ("[1] x", "unexpected text after the document", 1, 5),
        ("\"\\ud800\"", "lone surrogate in a string", 1, 8),
        ("[01]", "expected ',' or ']'", 1, 3),
        ("\"a\u{01}\"", "control character in a string", 1, 3),
    ])
    func errorsCarryPosition(text: String, reason: String, line: Int, column: Int) {
        do {
            _ = try JSONParser.parse(text)
            Issue.record("parsed \(text)")
        } catch {
            #expect(error.reason == reason)
            #expect(error.line == line)
            #expect(error.column == column)
        }
    }

    @Test("refuses absurd nesting instead of overflowing the stack")
    func nestingLimit() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(deep) }
    }

    @Test("pretty output is indented and parses back to the same value")
    func pretty() throws {
        let value = try JSONParser.parse(#"{"a": [1, {"b": null}], "c": {}}"#)
        #expect(value.prettySerialized() == "{\n  \"a\": [\n    1,\n    {\n      \"b\": null\n    }\n  ],\n  \"c\": {}\n}")
        #expect(try JSONParser.parse(value.prettySerialized()) == value)
    }
}

import Essentials
import TestTags
import Testing

@testable import NP6

@Suite("JSON parser", .tags(.unit))
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

    @Test(
        "says where a document broke, building values or only validating",
        arguments: [
            ("[1, 2", "unexpected end of data in an array", 1, 6),
            ("{\"a\": 1,\n \"b\" 2}", "expected ':'", 2, 6),
            ("[tru]", "invalid literal", 1, 2),
            ("[1] x", "unexpected text after the document", 1, 5),
            ("\"\\ud800\"", "lone surrogate in a string", 1, 8),
            ("[01]", "expected ',' or ']'", 1, 3),
            ("\"a\u{01}\"", "control character in a string", 1, 3),
            ("[{\"a\": 1}, {\"b\": tru}]", "invalid literal", 1, 18),
            ("[1,\n\"\\q\"]", "invalid escape '\\q'", 2, 3),
            ("[[[", "unexpected end of data", 1, 4),
        ])
    func errorsCarryPosition(text: String, reason: String, line: Int, column: Int) {
        let readers: [(name: String, read: () throws(JSONParser.Failure) -> Void)] = [
            ("parse", { () throws(JSONParser.Failure) in _ = try JSONParser.parse(text) }),
            (
                "elementRanges",
                { () throws(JSONParser.Failure) in _ = try JSONParser.elementRanges(ofArray: Array(text.utf8)) }
            ),
        ]
        for reader in readers {
            do {
                try reader.read()
                Issue.record("\(reader.name) accepted \(text)")
            } catch {
                #expect(error.reason == reason, "\(reader.name)")
                #expect(error.line == line, "\(reader.name)")
                #expect(error.column == column, "\(reader.name)")
            }
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
        #expect(
            value.prettySerialized() == "{\n  \"a\": [\n    1,\n    {\n      \"b\": null\n    }\n  ],\n  \"c\": {}\n}")
        #expect(try JSONParser.parse(value.prettySerialized()) == value)
    }
}

@Suite("Reading a list without building it", .tags(.unit))
struct JSONElementRangesTests {
    @Test("an array's elements are located exactly, whitespace left out")
    func elementRanges() throws {
        let text = Array(" [ {\"a\": [1, 2]} ,\n \"x\\\"y\", 3e2 , null ] ".utf8)
        let ranges = try #require(try JSONParser.elementRanges(ofArray: text))
        #expect(
            ranges.map { String(decoding: text[$0], as: UTF8.self) } == [#"{"a": [1, 2]}"#, #""x\"y""#, "3e2", "null"])
        #expect(try JSONParser.elementRanges(ofArray: Array("[]".utf8)) == [])
        #expect(try JSONParser.elementRanges(ofArray: Array(#"{"a": 1}"#.utf8)) == nil, "valid, but not an array")
    }

    @Test("an object's members are located in one pass, in a slice of a larger buffer, names unescaped")
    func memberRanges() throws {
        let buffer = Array(#"xx{"line": 3, "n\u0061me" : "a", "list": [ {"id": "1"} ]}yy"#.utf8)
        let object = buffer[2..<(buffer.count - 2)]
        let members = try #require(try JSONParser.memberRanges(ofObject: object))
        #expect(members.map(\.name) == ["line", "name", "list"])
        #expect(
            members.map { String(decoding: buffer[$0.value], as: UTF8.self) } == ["3", #""a""#, #"[ {"id": "1"} ]"#])
        let list = try #require(try JSONParser.elementRanges(ofArray: buffer[members[2].value]))
        #expect(list.map { String(decoding: buffer[$0], as: UTF8.self) } == [#"{"id": "1"}"#])
        #expect(try JSONParser.memberRanges(ofObject: Array("[1]".utf8)[...]) == nil, "valid, but not an object")
        #expect(throws: JSONParser.Failure.self, "a torn line") {
            try JSONParser.memberRanges(ofObject: Array(#"{"line": 3, "list": [{"id""#.utf8)[...])
        }
    }

    @Test("invalid UTF-8 inside a string is refused without building the string")
    func invalidUTF8() {
        #expect(throws: JSONParser.Failure.self) {
            try JSONParser.elementRanges(ofArray: [0x5B, 0x22, 0xC3, 0x28, 0x22, 0x5D])
        }
    }

    @Test("a member is found by its name, escaped or not, skipping nested values")
    func memberRange() {
        let object = ArraySlice(
            Array(#"{"nested": {"id": "inner"}, "list": ["id"], "\u0069d": "outer", "id": "second"}"#.utf8))
        let range = JSONParser.memberRange("id", inObject: object)
        #expect(
            range.map { String(decoding: object[$0], as: UTF8.self) } == #""outer""#,
            "the first member named id, its name escaped")
        #expect(JSONParser.memberRange("missing", inObject: object) == nil)
        let slice = Array("xx{\"k\": 1}".utf8)[2...]
        #expect(JSONParser.memberRange("k", inObject: slice) == 8..<9, "offsets are the slice's own indices")
    }
}

@Suite("Subscriptions kept as their bytes", .tags(.unit))
struct SubscriptionBytesTests {
    @Test("each subscription keeps exactly the bytes the server sent, and reads the same fields as from a tree")
    func keepsBytes() throws {
        let body = Array(
            "[\n  \(Fixtures.referenceSubscription) ,\(Fixtures.referenceList.dropFirst().dropLast())]".utf8)
        let list = try Subscription.list(fromJSON: body)
        let tree = try Subscription.list(from: JSONParser.parse(body))
        #expect(list.count == 3)
        #expect(
            String(decoding: list[0].jsonBytes, as: UTF8.self) == Fixtures.referenceSubscription.trimmingWhitespace())
        for (fromBytes, fromTree) in zip(list, tree) {
            #expect(fromBytes.id == fromTree.id)
            #expect(fromBytes.raw == fromTree.raw)
            #expect(fromBytes.provider == fromTree.provider)
            #expect(fromBytes.contact == fromTree.contact)
            #expect(fromBytes.lifecycle == fromTree.lifecycle)
            #expect(fromBytes.application == fromTree.application)
            #expect(SubscriptionFields(fromBytes) == SubscriptionFields(fromTree))
        }
    }

    @Test(
        "a list that is not JSON, not an array, or has an odd item says which",
        arguments: [
            ("[{\"id\": \"a\"}, {\"id\": ]", "invalid"),
            ("{\"id\": \"a\"}", "expected a JSON array of subscriptions"),
            ("[{\"id\": \"a\"}, 7]", "item 1: a subscription is not a JSON object"),
            ("[{\"id\": \"a\"}, {\"id\": 7}]", "item 1: a subscription has no \"id\""),
        ])
    func errors(text: String, expected: String) {
        do {
            _ = try Subscription.list(fromJSON: Array(text.utf8))
            Issue.record("accepted \(text)")
        } catch {
            switch error {
            case .invalidJSON(let failure): #expect(expected == "invalid", "\(failure)")
            case .shape(let shape): #expect(shape.reason == expected)
            }
        }
    }
}

@Suite("JSON objects with repeated keys", .tags(.unit))
struct RepeatedKeyTests {
    @Test("an object with a repeated key equals itself and its own re-parse (found by the fuzzer)")
    func reflexive() throws {
        let text = #"{"lifecycle": {"a": 1}, "id": "x", "lifecycle": {"b": 2}}"#
        let value = try JSONParser.parse(text)
        #expect(value == value)
        #expect(value == (try JSONParser.parse(text)))
        #expect(
            value != (try JSONParser.parse(#"{"lifecycle": {"b": 2}, "id": "x", "lifecycle": {"a": 1}}"#)),
            "occurrences keep their order")
        #expect(
            value == (try JSONParser.parse(#"{"id": "x", "lifecycle": {"a": 1}, "lifecycle": {"b": 2}}"#)),
            "keys in any order")
    }

    /// The string scanner reads eight bytes at a time until a word holds a byte that ends the
    /// plain run: every such byte, at every position of a word, must be found where it is.
    @Test("a string's quote, backslash, control character or non-ASCII byte is found at every offset")
    func stringScanAtEveryOffset() throws {
        for before in 0..<20 {
            for after in [0, 1, 7, 8, 9, 17] {
                let head = String(repeating: "a", count: before)
                let tail = String(repeating: "b", count: after)
                #expect(try JSONParser.parse(Array("[\"\(head)\(tail)\"]".utf8)) == .array([.string(head + tail)]))
                #expect(
                    try JSONParser.parse(Array("[\"\(head)\\n\(tail)\"]".utf8)) == .array([.string(head + "\n" + tail)])
                )
                #expect(
                    try JSONParser.parse(Array("[\"\(head)é\(tail)\"]".utf8)) == .array([.string(head + "é" + tail)]))
                for control: UInt8 in [0x00, 0x01, 0x09, 0x0A, 0x1F] {
                    let text = Array("[\"\(head)".utf8) + [control] + Array("\(tail)\"]".utf8)
                    #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(text) }
                    do {
                        _ = try JSONParser.parse(text)
                    } catch {
                        #expect(error.offset == 2 + before, "control \(control) after \(before) bytes")
                    }
                }
                let invalid = Array("[\"\(head)".utf8) + [0xFF] + Array("\(tail)\"]".utf8)
                #expect(throws: JSONParser.Failure.self, "0xFF after \(before)") { try JSONParser.parse(invalid) }
                let unclosed = Array("[\"\(head)\(tail)".utf8)
                #expect(throws: JSONParser.Failure.self, "unclosed after \(before)") { try JSONParser.parse(unclosed) }
            }
        }
        #expect(JSONParser.endsPlainRun(0x6161_6161_6161_6161) == false)
        #expect(JSONParser.endsPlainRun(0xC3A9_6161_7F80_FF20) == false, "0x20, DEL and high bytes are plain")
    }

    /// memberRange skips what comes before the member by structure alone (the object is known to
    /// be valid): over random objects with hostile strings, it must agree with the validating pass.
    @Test("memberRange agrees with the validating memberRanges over random objects with hostile strings")
    func memberRangeAgreesWithValidation() throws {
        let texts = [
            "", "a", "\"", "\\", "\\\"", "}", "]", "{[", "\",\"id\":", "é", "🚀x", "\u{1}", "12345678", "\"}]\\",
            String(repeating: "x", count: 17), "\n\t",
        ]
        var random = SplitMix64(seed: 24)
        func value(_ depth: Int) -> JSONValue {
            switch random.next() % (depth > 2 ? 4 : 6) {
            case 0: return .string(texts[Int(random.next() % UInt64(texts.count))])
            case 1: return .number(["0", "-1.5e3", "42", "3.25"][Int(random.next() % 4)])
            case 2: return [.bool(true), .bool(false), .null][Int(random.next() % 3)]
            case 3: return .string(texts[Int(random.next() % UInt64(texts.count))] + "\"")
            case 4: return .array((0..<Int(random.next() % 4)).map { _ in value(depth + 1) })
            default:
                return .object(
                    JSONObject(
                        (0..<Int(random.next() % 4)).map { _ in
                            JSONObject.Member(key: texts[Int(random.next() % 4)], value: value(depth + 1))
                        }))
            }
        }
        for _ in 0..<2_000 {
            let names = ["id", "contact", "provider", "\"}", "a"]
            let members = (0..<Int(random.next() % 6)).map { _ in
                JSONObject.Member(key: names[Int(random.next() % UInt64(names.count))], value: value(0))
            }
            var bytes = JSONValue.object(JSONObject(members)).serializedBytes()
            if random.next() % 2 == 0 {
                // Spaces around the structure, as another server might send it.
                bytes = Array(String(decoding: bytes, as: UTF8.self).replacingAll(",", with: "  ,  ").utf8)
            }
            let object = ArraySlice(bytes)
            let validated = try #require(try JSONParser.memberRanges(ofObject: object))
            for name in names {
                let expected = validated.first { $0.name == name }?.value
                #expect(
                    JSONParser.memberRange(name, inObject: object) == expected,
                    "\(name) in \(String(decoding: bytes, as: UTF8.self))")
            }
        }
    }
}

import Essentials
import TestTags
import Testing

@testable import NP6

@Suite("JSON array prescan: validating a list as its bytes arrive", .tags(.unit))
struct JSONArrayPrescanTests {
    static let keys = NotedKeys("id", "contact")

    /// Valid arrays whose elements end in every way one can: numbers (which a cut could
    /// shorten), literals, strings with escapes, nested arrays, escaped member names, white space.
    static let validDocuments = [
        "[]",
        " [ ] ",
        "[12345]",
        #"[ 1 , -2.5e+3 , "x\"y" , true , null , false , [1,[2,[]]] , {} ]"#,
        #"[{"id":"a","contact":{"id":"1","k":[1,2]}},{"id":"b","contact":{"id":"1","k":[1,2]}}]"#,
        #"[{"\u0069d":"escaped name","contact":{"unicity":"é😀"}},{"contact":null,"id":"c\\d"}]"#,
        "[\n  {\"id\": \"n\", \"contact\": {\"id\": \"2\"}, \"tags\": [\"\\u00e9\"]},\n  7\n]\n",
        Fixtures.referenceList,
    ]

    /// `bytes` fed as growing prefixes cut at `cuts`, then finished whole.
    static func prescan(_ bytes: [UInt8], cuts: [Int]) -> [NotedElement]? {
        var prescan = JSONArrayPrescan(noting: keys)
        for cut in cuts where cut < bytes.count { prescan.advance(over: Array(bytes[..<cut])) }
        return prescan.finish(bytes)
    }

    @Test("gives what one validating pass gives, wherever the chunks are cut")
    func sameAsOnePass() throws {
        var random = SplitMix64(seed: 24)
        for document in Self.validDocuments {
            let bytes = Array(document.utf8)
            let expected = try #require(try JSONParser.elements(ofArray: bytes[...], noting: Self.keys))
            let everyByte = Array(1...bytes.count)
            let randomCuts = (0..<6).map { _ in Int(random.next() % UInt64(bytes.count + 1)) }.sorted()
            for cuts in [[], everyByte, Array(stride(from: 3, to: bytes.count, by: 7)), randomCuts] {
                #expect(Self.prescan(bytes, cuts: cuts) == expected, "\(document) cut at \(cuts.prefix(8))")
            }
        }
    }

    @Test("a number cut by a chunk is read whole once the rest arrives")
    func numberAcrossChunks() {
        let elements = Self.prescan(Array("[12,345]".utf8), cuts: [3, 6])
        #expect(elements?.map(\.range) == [1..<3, 4..<7])
    }

    @Test("vouches for nothing that is not a valid array: the caller's own pass says why")
    func refusesInvalid() {
        for document in [
            #"{"id": "a"}"#, "[1,2", "[1,,2]", "[1] x", #"[{"id":"a"} {"id":"b"}]"#, "", "[\"\u{01}\"]",
            "[{\"id\":\"\\q\"}]", "[tru]",
        ] {
            let bytes = Array(document.utf8)
            #expect(Self.prescan(bytes, cuts: Array(1...max(1, bytes.count))) == nil, "\(document)")
            #expect(Self.prescan(bytes, cuts: []) == nil, "\(document)")
        }
    }

    @Test("notes the id and contact of each object, and whether a contact repeats the one before")
    func notes() throws {
        let bytes = Array(Self.validDocuments[4].utf8)
        let elements = try #require(Self.prescan(bytes, cuts: [20, 40]))
        #expect(elements.map(\.isComplete) == [true, true])
        #expect(elements.map(\.firstIsString) == [true, true])
        #expect(elements.map(\.secondRepeatsPrevious) == [false, true])
        #expect(elements.map { String(decoding: bytes[$0.first!], as: UTF8.self) } == [#""a""#, #""b""#])
        let escaped = try #require(Self.prescan(Array(Self.validDocuments[5].utf8), cuts: []))
        #expect(escaped.map(\.isComplete) == [false, true], "an escaped name could be either member")
    }
}

@Suite("Concurrent prescan: the same validation on a thread of its own", .tags(.unit))
struct ConcurrentPrescanTests {
    /// A list of `count` subscriptions as the sandbox writes them.
    static func list(_ count: Int) -> [UInt8] {
        let rows = (0..<count).map { #"{"id":"s\#($0)","provider":{"token":"t\#($0)"},"contact":{"id":"1"}}"# }
        return Array("[\(rows.joined(separator: ", "))]".utf8)
    }

    @Test("bytes published a chunk at a time give what one validating pass gives")
    func sameAsOnePass() async throws {
        for chunk in [1, 13, 4096] {
            let whole = Self.list(300)
            var body: [UInt8] = []
            body.reserveCapacity(whole.count)
            let prescan = try #require(ConcurrentPrescan.start(noting: JSONArrayPrescanTests.keys, over: body))
            for start in stride(from: 0, to: whole.count, by: chunk) {
                body.append(contentsOf: whole[start..<min(start + chunk, whole.count)])
                prescan.publish(body.count)
            }
            let elements = await prescan.finish(body.count)
            #expect(elements == (try JSONParser.elements(ofArray: whole[...], noting: JSONArrayPrescanTests.keys)))
            #expect(elements?.count == 300)
        }
    }

    @Test("a cut answer is vouched for by no one, and a stopped prescan ends")
    func cutAndStopped() async throws {
        let whole = Self.list(50)
        var body: [UInt8] = []
        body.reserveCapacity(whole.count)
        let cut = try #require(ConcurrentPrescan.start(noting: JSONArrayPrescanTests.keys, over: body))
        body.append(contentsOf: whole[..<(whole.count / 2)])
        cut.publish(body.count)
        #expect(await cut.finish(body.count) == nil)
        let stopped = try #require(ConcurrentPrescan.start(noting: JSONArrayPrescanTests.keys, over: whole))
        stopped.publish(whole.count)
        await stopped.stop()
        #expect(await stopped.finish(whole.count) == nil, "a valid answer, but stopped: nothing is vouched for")
    }
}

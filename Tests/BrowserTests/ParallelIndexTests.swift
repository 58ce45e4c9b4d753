import BrowserTestSupport
import NP6
import Search
import TestTags
import Testing

@Suite("The search index built on both cores", .tags(.unit))
struct ParallelIndexTests {
    /// Rows of every kind the builder treats apart: ASCII with capitals, accents whose lower case
    /// changes length, emoji, control characters (the index's separator too), http and unknown providers, missing
    /// applications and dates, applications first seen late in the list.
    static func corpus(_ count: Int) -> [Subscription] {
        let applications = [BrowserFixtures.shopID, BrowserFixtures.mobileID, "late-\(count / 2)", nil]
        var body: [UInt8] = Array("[".utf8)
        for row in 0..<count {
            if row > 0 { body.append(UInt8(ascii: ",")) }
            let application = applications[(row * 7 + row / 3) % applications.count]
            let app = application.map { #""application": "\#(row > count / 2 ? $0 : applications[row % 2]!)", "# } ?? ""
            let provider: String
            switch row % 5 {
            case 0: provider = #"{"type": "apns", "token": "TOK\#(row)abcDEF"}"#
            case 1: provider = #"{"type": "firebase", "token": "ÉCOLE-Straße-\#(row)-🎉👩‍👩‍👧"}"#
            case 2: provider = #"{"type": "webpush", "url": "https://push.example/\#(row)"}"#
            case 3: provider = #"{"type": "Custom", "Key\#(row)": "Vàlue", "n": \#(row)}"#
            // Control characters, the index's own separator among them, and combining marks.
            default: provider = #"{"type": "apns", "token": "bad-\u001F\u0000e\u0301-y"}"#
            }
            body += Array(#"{"id": "R\#(row)", "#.utf8) + Array(app.utf8) + Array(#""provider": "#.utf8)
            body += Array(provider.utf8)
            let created = #", "lifecycle": {"creation": {"date": "2024-0\#(row % 9 + 1)-12T10:00:00Z""#
            let user = row % 4 == 0 ? #", "user": {"name": "Zoé \#(row)"}}}"# : "}}"
            body += Array((row % 3 == 0 ? "" : created + user).utf8)
            let unicity = row % 11 == 0 ? "Ünï\(row)" : "UniCity\(row)"
            body += Array(#", "contact": {"type": "footprint", "unicity": "\#(unicity)"}}"#.utf8)
        }
        body += Array("]".utf8)
        return try! Subscription.list(fromJSON: body)
    }

    @Test(
        "the index built in slices is the one a single pass builds, across sizes and slice counts",
        arguments: [0, 1, 2, 3, 5, 63, 64, 65, 200, 4_097])
    func sameAsSequential(count: Int) async throws {
        let rows = Self.corpus(count)
        #expect(rows.count == count)
        let sequential = SearchIndex(rows, timeZone: .fixed(offsetSeconds: 3600))
        for parts in 1...5 {
            let parallel = try #require(
                await SearchIndex.build(rows, timeZone: .fixed(offsetSeconds: 3600), parts: parts))
            #expect(parallel == sequential, "\(count) rows in \(parts) slices")
        }
    }

    @Test(
        "what the rows hold is searchable in the joined index: a late application, capitals, emoji, control characters")
    func searchesTheJoin() async throws {
        let rows = Self.corpus(1_000)
        let index = try #require(await SearchIndex.build(rows, timeZone: .utc, parts: 2))
        func ids(_ query: String, names: [String: String] = [:]) -> [String] {
            (SearchFilter(index: index, query: SearchQuery(query), applicationNames: names).run() ?? []).map {
                rows[$0].id
            }
        }
        #expect(ids("TOK990abcDEF") == ["R990"], "smart case, the capitals' bits shifted with the second slice")
        #expect(ids("tok990abcdef") == ["R990"])
        #expect(ids("TOK990ABCDEF").isEmpty)
        #expect(ids("Straße-996-🎉") == ["R996"])
        #expect(ids("token:bad-").count == 200)
        let late = rows.filter { $0.application == "late-500" }.map(\.id)
        #expect(late.count > 100 && late.allSatisfy { Int($0.dropFirst())! > 500 }, "first seen in the second slice")
        #expect(ids("app:late-500") == late)
        #expect(ids("app:Late", names: ["late-500": "Late"]) == late)
        #expect(ids("user:zoé 988") == ["R988"])
    }

    @Test("text that is not UTF-8 never reaches the index: the answer is refused whole")
    func invalidUTF8() {
        for bad: [UInt8] in [[0xFF], [0xC3, 0x28], [0xED, 0xA0, 0x80]] {
            let body =
                Array(#"[{"id": "a", "provider": {"type": "apns", "token": "x"#.utf8) + bad + Array(#""}}]"#.utf8)
            #expect(throws: SubscriptionListError.self) { try Subscription.list(fromJSON: body) }
        }
    }

    @Test("a cancelled build gives no index")
    func cancelled() async {
        let rows = Self.corpus(20_000)
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return await SearchIndex.build(rows, timeZone: .utc)
        }
        #expect(await task.value == nil)
    }

    @Test("a scan split across both cores finds what a row-by-row look finds, and stops when told to")
    func parallelScan() async throws {
        let rows = Self.corpus(10_000)
        let index = try #require(await SearchIndex.build(rows, timeZone: .utc))
        for needle in ["tok5", "unicity59", "straße-1", "r5999", "zoé", "bad-"] {
            let query = SearchQuery(needle)
            let expected = (0..<rows.count).filter { index.rowText($0).contains(needle) }
            let found = SearchFilter(index: index, query: query, applicationNames: [:], parallelRows: 1_000).run()
            #expect(found == expected, "\(needle): \(found?.count ?? -1) rows, \(expected.count) expected")
        }
        // Smart case: the capitals' bits and the original texts of rows beyond ASCII, in both halves.
        let sensitive = SearchFilter(
            index: index, query: SearchQuery("UniCity599"), applicationNames: [:], parallelRows: 1_000
        ).run()
        let capitalised = (0..<rows.count).filter { $0 % 11 != 0 && "UniCity\($0)".hasPrefix("UniCity599") }
        #expect(sensitive == capitalised && capitalised.count == 10)
        #expect(
            SearchFilter(index: index, query: SearchQuery("Ünï5995"), applicationNames: [:], parallelRows: 1_000).run()
                == [5_995],
            "a row beyond ASCII, in the second half, by its original text")
        var asked = 0
        let stopped = SearchFilter(index: index, query: SearchQuery("tok"), applicationNames: [:], parallelRows: 1_000)
            .run(isCancelled: {
                // First asked at row 4,096 of the first half: told to stop there.
                asked += 1
                return true
            })
        #expect(stopped == nil && asked == 1, "told to stop while scanning, the run gives no answer")
    }

    @Test("slices cover every row once, in order, at most as many as rows")
    func slices() {
        for count in [0, 1, 2, 7, 100] {
            for parts in 1...4 {
                let slices = SearchIndex.slices(of: count, parts: parts)
                #expect(slices.flatMap { Array($0) } == Array(0..<count))
                #expect(slices.count == max(1, min(parts, count)))
            }
        }
    }
}

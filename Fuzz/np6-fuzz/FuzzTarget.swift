import Browser
import Essentials
import Formatting
import Foundation
import Journal
import NP6
import Scripts
import Search
import Terminal

/// The parsers and writers that meet untrusted bytes, each with the properties it must keep
/// for any input. A broken property traps, which libFuzzer reports as a crash with its input.
enum FuzzTarget: String, CaseIterable {
    case json, query
    case untrustedText = "untrusted-text"
    case keyDecoder = "key-decoder"
    case journal, csv
    case rateLimit = "rate-limit"

    func check(_ bytes: [UInt8]) {
        switch self {
        case .json: Self.checkJSON(bytes)
        case .query: Self.checkQuery(bytes)
        case .untrustedText: Self.checkUntrustedText(bytes)
        case .keyDecoder: Self.checkKeyDecoder(bytes)
        case .journal: Self.checkJournal(bytes)
        case .csv: Self.checkCSV(bytes)
        case .rateLimit: Self.checkRateLimit(bytes)
        }
    }

    static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError(message()) }
    }

    // MARK: JSON

    /// The building parser and the validating pass agree. On valid UTF-8, whatever np6 accepts
    /// Foundation's JSONSerialization accepts too, with the same values. (The converse does not
    /// hold: Foundation on Linux also takes trailing commas, which RFC 8259 and np6 refuse.)
    static func checkJSON(_ bytes: [UInt8]) {
        let built = Result { () throws(JSONParser.Failure) in try JSONParser.parse(bytes) }
        let validated = Result { () throws(JSONParser.Failure) in try JSONParser.elementRanges(ofArray: bytes) }
        switch (built, validated) {
        case (.success(let value), .success(let ranges)):
            if case .array(let elements) = value {
                require(
                    ranges?.count == elements.count,
                    "the validating pass found \(ranges?.count ?? -1) elements, the parser \(elements.count)")
                for (range, element) in zip(ranges ?? [], elements) {
                    require(
                        (try? JSONParser.parse(bytes[range])) == element,
                        "an element's range does not hold that element")
                }
            } else {
                require(ranges == nil, "the validating pass saw an array the parser did not")
            }
        case (.failure, .failure): break
        default: require(false, "the parser and the validating pass disagree on \(bytes.count) bytes")
        }
        guard String(validating: bytes, as: UTF8.self) != nil, FoundationJSON.comparable(bytes) else { return }
        let foundation = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        switch built {
        case .success(let value):
            require(foundation != nil, "np6 accepts a document Foundation rejects")
            require(FoundationJSON.same(value, foundation!), "np6 and Foundation read different values")
        case .failure:
            break
        }
    }

    // MARK: Query

    /// Any text parses to a query or an error, and filtering with it never traps.
    static func checkQuery(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let query = SearchQuery(
            text, now: 1_768_478_400, timeZone: FuzzData.paris, fuzzy: bytes.first.map { $0 & 1 == 1 } ?? false)
        _ = query.narrows(SearchQuery(String(text.dropLast()), now: 1_768_478_400, timeZone: FuzzData.paris))
        let rows = SearchFilter(index: FuzzData.index, query: query, applicationNames: FuzzData.names).run() ?? []
        require(query.error == nil || rows.isEmpty, "a malformed query matched rows")
        require(rows.allSatisfy { $0 >= 0 && $0 < FuzzData.subscriptions.count }, "a row index out of range")
    }

    // MARK: UntrustedText

    /// The sanitised text holds no control, escape, DEL, C1, bidi or width-unpredictable
    /// character, and its width is the sum of its characters' cells.
    static func checkUntrustedText(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let shown = UntrustedText.sanitized(text)
        for scalar in shown.unicodeScalars {
            require(!UntrustedText.needsEscape(scalar), "U+\(String(scalar.value, radix: 16)) survived sanitising")
            require(TerminalWidth.of(scalar) >= 0, "an unprintable scalar survived")
        }
        let cells = shown.reduce(0) { $0 + DisplayWidth.of($1) }
        require(DisplayWidth.of(shown) == cells, "the width of the text is not the sum of its cells")
        require(UntrustedText.sanitized(shown) == shown, "sanitising is not idempotent")
    }

    // MARK: Key decoder

    /// Any code or character decodes to a key or to nothing.
    static func checkKeyDecoder(_ bytes: [UInt8]) {
        var index = 0
        while index + 4 <= bytes.count {
            let value = bytes[index..<index + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            _ = KeyDecoder.key(forCharacter: value)
            _ = KeyDecoder.key(forKeyCode: Int32(bitPattern: value))
            index += 4
        }
    }

    // MARK: Journal

    /// Any file reads back without trapping, and an intent appended after garbage on a fresh
    /// line is found, with its outcome.
    static func checkJournal(_ bytes: [UInt8]) {
        _ = DeletionJournal.entries(in: bytes)
        let intent =
            (#"{"kind":"intent","entry":"fuzz-entry","time":"t","operator":"o","host":"h","#
                + #""operation":"deleteSubscription","#)
            + #""requests":[],"subscriptions":[]}"#
        let outcome =
            #"{"kind":"outcome","entry":"fuzz-entry","time":"t","status":204,"result":"done","error":null,"#
            + #""milliseconds":1}"#
        let appended = bytes + Array("\n\(intent)\n\(outcome)\n".utf8)
        let entries = DeletionJournal.entries(in: appended)
        let found = entries.first { $0.id == "fuzz-entry" }
        require(found != nil, "an intent after garbage was lost")
        require(found?.outcome?.result == .done, "its outcome was not paired with it")
    }

    // MARK: Rate-limit headers

    /// Three header values (0x00 between them) and a Retry-After (after a 0x01): whatever they
    /// say, reading them and every wait computed from them neither traps nor exceeds a day.
    static func checkRateLimit(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let parts = text.split(separator: "\u{01}", maxSplits: 1, omittingEmptySubsequences: false)
        let values =
            parts[0].split(separator: "\u{00}", omittingEmptySubsequences: false).map(String.init) + ["", "", ""]
        let now = 1_800_000_000.0
        let headers = zip(["X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"], values).map {
            HTTPHeader($0, $1)
        }
        let longest = Duration.longestComputedWait
        if let limit = RateLimit(headers: headers, now: now) {
            require(limit.resetAt.map { $0.isFinite && $0 <= now + longest.seconds } ?? true, "a reset beyond a day")
            for requests in [1, 8, 1_000] {
                let pause = limit.pause(beforeRequests: requests, now: now)
                require(pause >= .zero && pause <= longest, "a pause of \(pause)")
            }
        }
        if parts.count > 1, let delay = RetryPolicy.retryAfterDelay(String(parts[1])) {
            require(delay >= .zero && delay <= longest, "a Retry-After of \(delay)")
        }
    }

    // MARK: CSV

    /// Fields split from the input (0x00 between fields, 0x01 between rows) are written and read
    /// back by an RFC 4180 reader: every cell comes back as the sanitised, formula-guarded value.
    static func checkCSV(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let rows = text.split(separator: "\u{01}", omittingEmptySubsequences: false).map {
            $0.split(separator: "\u{00}", omittingEmptySubsequences: false).map(String.init)
        }
        let width = rows.map(\.count).max() ?? 0
        let header = (0..<width).map { "c\($0)" }
        let padded = rows.map { $0 + Array(repeating: "", count: width - $0.count) }
        let written = CSV.render(header: header, rows: padded).text
        require(
            !written.unicodeScalars.contains {
                $0 == "\u{1B}" || UntrustedText.isControl($0) && $0 != "\r" && $0 != "\n"
            }, "a control reached the file")
        let read = RFC4180.records(written)
        require(read.count == padded.count + 1, "\(read.count) records read back, \(padded.count + 1) written")
        for (readRow, row) in zip(read.dropFirst(), padded) {
            require(readRow == row.map(CSVText.field).map(RFC4180.unquoted), "a cell did not come back")
        }
    }
}

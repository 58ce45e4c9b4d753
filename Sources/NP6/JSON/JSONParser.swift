/// A strict JSON parser over UTF-8 bytes. It exists (rather than JSONSerialization) because it
/// keeps member order and number text, and because its errors say where the document broke.
///
/// Besides building a `JSONValue` it can validate a document without building anything and hand
/// back where each element of an array lies (`elementRanges`), so a list of 100,000
/// subscriptions is checked in one pass and each one kept as its own bytes, not as a tree.
public struct JSONParser {
    public struct Failure: Error, Sendable, Equatable {
        public var reason: String
        public var offset: Int
        public var line: Int
        public var column: Int
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    // Internal, with the pieces below that are, for `JSONArrayPrescan`.
    var index = 0
    var depth = 0
    /// Whether a failure says its line and column (false: its offset only).
    var locatesFailures = true
    private static let maximumDepth = 512

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    public static func parse(_ bytes: [UInt8]) throws(Failure) -> JSONValue {
        try bytes.withUnsafeBufferPointer { (buffer) throws(Failure) in try parseWhole(buffer) }
    }

    public static func parse(_ bytes: ArraySlice<UInt8>) throws(Failure) -> JSONValue {
        try bytes.withUnsafeBufferPointer { (buffer) throws(Failure) in try parseWhole(buffer) }
    }

    public static func parse(_ text: String) throws(Failure) -> JSONValue {
        try parse(Array(text.utf8))
    }

    private static func parseWhole(_ buffer: UnsafeBufferPointer<UInt8>) throws(Failure) -> JSONValue {
        var parser = JSONParser(bytes: buffer)
        parser.skipWhitespace()
        let value = try parser.parseValue()
        try parser.expectEnd()
        return value
    }

    /// Validates the whole document. If it is an array, returns where each element lies (offsets
    /// into `bytes`, whitespace excluded); nil for a valid document of another kind.
    public static func elementRanges(ofArray bytes: [UInt8]) throws(Failure) -> [Range<Int>]? {
        try elementRanges(ofArray: bytes[...])
    }

    /// The same over a part of a larger buffer (a plan line's subscriptions): offsets are the
    /// slice's own indices.
    public static func elementRanges(ofArray bytes: ArraySlice<UInt8>) throws(Failure) -> [Range<Int>]? {
        try elements(ofArray: bytes, noting: nil)?.map(\.range)
    }

    /// `elementRanges`, noting on the way where two members of each element object lie, so
    /// that nobody skips through 100,000 objects a second time to find them: looking up each
    /// row's `id` and `contact` after the validating pass was a third of Enter-to-rows
    /// (docs/performance.md).
    public static func elements(ofArray bytes: ArraySlice<UInt8>, noting keys: NotedKeys?) throws(Failure)
        -> [NotedElement]?
    {
        let base = bytes.startIndex
        let elements = try bytes.withUnsafeBufferPointer { (buffer) throws(Failure) -> [NotedElement]? in
            var parser = JSONParser(bytes: buffer)
            parser.skipWhitespace()
            guard parser.index < buffer.count, buffer[parser.index] == UInt8(ascii: "[") else {
                try parser.skipValue()
                try parser.expectEnd()
                return nil
            }
            let elements = try parser.skipArray(recordingElements: true, noting: keys)
            try parser.expectEnd()
            return elements
        }
        return base == 0 ? elements : elements?.map { $0.moved(by: base) }
    }

    /// Validates the whole document in one pass. If it is an object, returns each top-level
    /// member's name and where its value lies (the slice's own indices); nil for a valid
    /// document of another kind. A record of a few small fields beside one huge one is then read
    /// without building, or even skipping, the huge one twice.
    public static func memberRanges(ofObject bytes: ArraySlice<UInt8>) throws(Failure) -> [(
        name: String, value: Range<Int>
    )]? {
        let base = bytes.startIndex
        return try bytes.withUnsafeBufferPointer { (buffer) throws(Failure) -> [(name: String, value: Range<Int>)]? in
            var parser = JSONParser(bytes: buffer)
            parser.skipWhitespace()
            guard parser.index < buffer.count, buffer[parser.index] == UInt8(ascii: "{") else {
                try parser.skipValue()
                try parser.expectEnd()
                return nil
            }
            try parser.enterContainer()
            parser.index += 1
            var members: [(name: String, value: Range<Int>)] = []
            parser.skipWhitespace()
            if parser.index < buffer.count, buffer[parser.index] == UInt8(ascii: "}") {
                parser.index += 1
            } else {
                while true {
                    try parser.memberName()
                    let name = try parser.parseString()
                    try parser.memberColon()
                    let start = parser.index
                    try parser.skipValue()
                    members.append((name, (base + start)..<(base + parser.index)))
                    if try parser.objectContinues() { continue }
                    break
                }
            }
            parser.depth -= 1
            try parser.expectEnd()
            return members
        }
    }

    /// Where the value of the first member named `key` lies in a JSON object that is already
    /// known to be valid (offsets are `object`'s own indices); nil if there is no such member.
    public static func memberRange(_ key: String, inObject object: ArraySlice<UInt8>) -> Range<Int>? {
        let wanted = Array(key.utf8)
        return object.withUnsafeBufferPointer { buffer -> Range<Int>? in
            var parser = JSONParser(bytes: buffer)
            parser.skipWhitespace()
            guard parser.index < buffer.count, buffer[parser.index] == UInt8(ascii: "{") else { return nil }
            parser.index += 1
            while true {
                parser.skipWhitespace()
                guard parser.index < buffer.count, buffer[parser.index] == UInt8(ascii: "\"") else { return nil }
                let keyStart = parser.index + 1
                guard parser.skipValidatedString() else { return nil }
                let rawKey = UnsafeBufferPointer(rebasing: buffer[keyStart..<(parser.index - 1)])
                let matches: Bool
                if rawKey.contains(UInt8(ascii: "\\")) {
                    // An escaped name (`"\u0069d"`) is compared as the text it stands for.
                    var keyParser = JSONParser(bytes: buffer)
                    keyParser.index = keyStart - 1
                    matches = (try? keyParser.parseString()).map { Array($0.utf8) == wanted } ?? false
                } else {
                    matches = rawKey.elementsEqual(wanted)
                }
                parser.skipWhitespace()
                guard parser.index < buffer.count, buffer[parser.index] == UInt8(ascii: ":") else { return nil }
                parser.index += 1
                parser.skipWhitespace()
                let valueStart = parser.index
                guard parser.skipValidatedValue() else { return nil }
                if matches { return (object.startIndex + valueStart)..<(object.startIndex + parser.index) }
                parser.skipWhitespace()
                guard parser.index < buffer.count, buffer[parser.index] == UInt8(ascii: ",") else { return nil }
                parser.index += 1
            }
        }
    }

    private mutating func expectEnd() throws(Failure) {
        skipWhitespace()
        if index != bytes.count { throw failure("unexpected text after the document") }
    }

    private func failure(_ reason: String) -> Failure {
        var line = 1
        var column = 1
        // Counting lines reads everything before the failure: a prescan that meets a cut element
        // at every chunk only needs to know that it failed.
        guard locatesFailures else { return Failure(reason: reason, offset: index, line: 0, column: 0) }
        for byte in bytes[..<min(index, bytes.count)] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return Failure(reason: reason, offset: index, line: line, column: column)
    }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    // MARK: Building values

    private mutating func parseValue() throws(Failure) -> JSONValue {
        guard index < bytes.count else { throw failure("unexpected end of data") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try expectLiteral("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let start = index
            try skipNumber()
            return .number(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
        default: throw failure("unexpected character '\(Self.describe(bytes[index]))'")
        }
    }

    private static func describe(_ byte: UInt8) -> String {
        (0x21...0x7E).contains(byte) ? String(UnicodeScalar(byte)) : "0x" + String(byte, radix: 16)
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(Failure) {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw failure("unexpected end of data") }
        let pointer = literal.utf8Start
        for offset in 0..<count where bytes[index + offset] != pointer[offset] {
            throw failure("invalid literal")
        }
        index += count
    }

    private mutating func enterContainer() throws(Failure) {
        depth += 1
        if depth > Self.maximumDepth { throw failure("nesting too deep") }
    }

    private mutating func parseObject() throws(Failure) -> JSONValue {
        try enterContainer()
        defer { depth -= 1 }
        index += 1
        var members: [JSONObject.Member] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(JSONObject(members))
        }
        while true {
            try memberName()
            let key = try parseString()
            try memberColon()
            let value = try parseValue()
            members.append(JSONObject.Member(key: key, value: value))
            if try objectContinues() { continue }
            return .object(JSONObject(members))
        }
    }

    private mutating func parseArray() throws(Failure) -> JSONValue {
        try enterContainer()
        defer { depth -= 1 }
        index += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue())
            if try arrayContinues() { continue }
            return .array(elements)
        }
    }

    private mutating func parseString() throws(Failure) -> String {
        let start = index + 1
        let plain = try scanPlainString()
        if plain.closed {
            let text = UnsafeBufferPointer(rebasing: bytes[start..<(index - 1)])
            if plain.ascii { return String(decoding: text, as: UTF8.self) }
            guard let validated = String(validating: text, as: UTF8.self) else {
                throw failure("invalid UTF-8 in a string")
            }
            return validated
        }
        var scratch = Array(bytes[start..<index])
        try decodeEscapedRest(into: &scratch)
        guard let validated = String(validating: scratch, as: UTF8.self) else {
            throw failure("invalid UTF-8 in a string")
        }
        return validated
    }

    // MARK: Skipping what is already validated

    /// Past the value at `index` of a document already validated, by its structure alone: no
    /// UTF-8, number or literal is checked again. The foreign-row check finds each row's
    /// `contact`, the last member, this way; re-validating every member before it was a fifth of
    /// Enter-to-rows (docs/performance.md). False when the text ends first (it was not valid).
    mutating func skipValidatedValue() -> Bool {
        guard index < bytes.count else { return false }
        switch bytes[index] {
        case UInt8(ascii: "\""): return skipValidatedString()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var open = 0
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "\""):
                    guard skipValidatedString() else { return false }
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["): open += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    open -= 1
                    if open == 0 {
                        index += 1
                        return true
                    }
                default: break
                }
                index += 1
            }
            return false
        default:
            // A number or a literal: up to the next separator, closer or white space.
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x09, 0x0A, 0x0D: return true
                default: index += 1
                }
            }
            return true
        }
    }

    /// From an opening quote to past the closing one, stepping over escapes.
    mutating func skipValidatedString() -> Bool {
        index += 1
        _ = skipPlainWords()
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                index += 1
                return true
            case UInt8(ascii: "\\"): index += 2
            default: index += 1
            }
        }
        return false
    }

    // MARK: Validating without building

    private mutating func skipValue() throws(Failure) {
        guard index < bytes.count else { throw failure("unexpected end of data") }
        switch bytes[index] {
        case UInt8(ascii: "{"): try skipObject()
        case UInt8(ascii: "["): _ = try skipArray(recordingElements: false)
        case UInt8(ascii: "\""): try skipString()
        case UInt8(ascii: "t"): try expectLiteral("true")
        case UInt8(ascii: "f"): try expectLiteral("false")
        case UInt8(ascii: "n"): try expectLiteral("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try skipNumber()
        default: throw failure("unexpected character '\(Self.describe(bytes[index]))'")
        }
    }

    private mutating func skipObject() throws(Failure) {
        var notes = NotedElement.Notes()
        try skipObject(noting: nil, into: &notes)
    }

    /// Skips an object, noting where the first members named by `keys` have their values. A
    /// name written with an escape could be either, so it makes the notes incomplete.
    private mutating func skipObject(noting keys: NotedKeys?, into notes: inout NotedElement.Notes) throws(Failure) {
        try enterContainer()
        defer { depth -= 1 }
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return
        }
        while true {
            try memberName()
            let nameStart = index + 1
            try skipString()
            let nameEnd = index - 1
            try memberColon()
            let valueStart = index
            try skipValue()
            if let keys {
                notes.note(
                    UnsafeBufferPointer(rebasing: bytes[nameStart..<nameEnd]), keys, valueStart..<index, in: bytes)
            }
            if try objectContinues() { continue }
            return
        }
    }

    private mutating func skipArray(recordingElements: Bool, noting keys: NotedKeys? = nil) throws(Failure)
        -> [NotedElement]
    {
        try enterContainer()
        defer { depth -= 1 }
        index += 1
        var elements: [NotedElement] = []
        var previousSecond: Range<Int>?
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return elements
        }
        while true {
            skipWhitespace()
            let element = try skipElement(noting: keys, after: previousSecond)
            previousSecond = element.second
            if recordingElements { elements.append(element) }
            if try arrayContinues() { continue }
            return elements
        }
    }

    /// One element of an array, from its first byte: an object's noted members (`keys`, nil for
    /// none) and whether its second repeats `previousSecond`, the previous element's.
    mutating func skipElement(noting keys: NotedKeys?, after previousSecond: Range<Int>?) throws(Failure)
        -> NotedElement
    {
        let start = index
        var notes = NotedElement.Notes()
        if keys != nil, index < bytes.count, bytes[index] == UInt8(ascii: "{") {
            notes.isObject = true
            try skipObject(noting: keys, into: &notes)
            notes.compareSecond(with: previousSecond, in: bytes)
        } else {
            try skipValue()
        }
        return NotedElement(range: start..<index, notes: notes)
    }

    private mutating func skipString() throws(Failure) {
        let start = index + 1
        let plain = try scanPlainString()
        if plain.closed {
            if !plain.ascii,
                String(validating: UnsafeBufferPointer(rebasing: bytes[start..<(index - 1)]), as: UTF8.self) == nil
            {
                throw failure("invalid UTF-8 in a string")
            }
            return
        }
        var scratch = Array(bytes[start..<index])
        try decodeEscapedRest(into: &scratch)
        if String(validating: scratch, as: UTF8.self) == nil { throw failure("invalid UTF-8 in a string") }
    }

    // MARK: Pieces shared by both

    private mutating func memberName() throws(Failure) {
        skipWhitespace()
        guard index < bytes.count else { throw failure("unexpected end of data in an object") }
        guard bytes[index] == UInt8(ascii: "\"") else { throw failure("expected a member name") }
    }

    private mutating func memberColon() throws(Failure) {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw failure("expected ':'") }
        index += 1
        skipWhitespace()
    }

    private mutating func objectContinues() throws(Failure) -> Bool {
        try containerContinues(closing: "}", in: "an object")
    }
    private mutating func arrayContinues() throws(Failure) -> Bool {
        try containerContinues(closing: "]", in: "an array")
    }

    /// After a member or an element: true at `,`, false (and past it) at the closing bracket.
    private mutating func containerContinues(closing: Unicode.Scalar, in container: String) throws(Failure) -> Bool {
        skipWhitespace()
        guard index < bytes.count else { throw failure("unexpected end of data in \(container)") }
        if bytes[index] == UInt8(ascii: ",") {
            index += 1
            return true
        }
        if bytes[index] == UInt8(ascii: closing) {
            index += 1
            return false
        }
        throw failure("expected ',' or '\(closing)'")
    }

    private mutating func skipNumber() throws(Failure) {
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, Self.isDigit(bytes[index]) else { throw failure("invalid number") }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < bytes.count, Self.isDigit(bytes[index]) else { throw failure("invalid number") }
            while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard index < bytes.count, Self.isDigit(bytes[index]) else { throw failure("invalid number") }
            while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// From an opening quote, runs to the closing quote (`closed`, index past it) or to the first
    /// backslash (index on it). `ascii` says no byte of the run needs UTF-8 validation.
    private mutating func scanPlainString() throws(Failure) -> (closed: Bool, ascii: Bool) {
        index += 1
        var highBits: UInt8 = 0
        // Eight bytes at a time while none of them ends the run: this loop was a quarter of the
        // time from Enter to 100,000 rows (docs/performance.md). The byte loop below takes over at
        // the word that holds the quote, backslash or control character, and says where it is.
        if skipPlainWords() & 0x8080_8080_8080_8080 != 0 { highBits = 0x80 }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return (true, highBits < 0x80)
            }
            if byte == UInt8(ascii: "\\") { return (false, highBits < 0x80) }
            if byte < 0x20 { throw failure("control character in a string") }
            highBits |= byte
            index += 1
        }
        throw failure("unexpected end of data in a string")
    }

    /// Past every whole word of eight bytes from `index` that holds no quote, backslash or
    /// control character; returns the OR of those words (its high bits say whether any byte
    /// needs UTF-8 validation). The byte loops after it find and name the byte that stopped it.
    @inline(__always)
    private mutating func skipPlainWords() -> UInt64 {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var seen: UInt64 = 0
        while index &+ 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            if Self.endsPlainRun(word) { break }
            seen |= word
            index &+= 8
        }
        return seen
    }

    /// Whether one of the eight bytes is a quote, a backslash or a control character (below
    /// 0x20): the exact "has a zero byte" and "has a byte less than n" tests of bit twiddling.
    @inline(__always)
    static func endsPlainRun(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let hasQuote = (quote &- ones) & ~quote
        let hasBackslash = (backslash &- ones) & ~backslash
        let hasControl = (word &- ones &* 0x20) & ~word
        return (hasQuote | hasBackslash | hasControl) & highs != 0
    }

    /// Decodes the rest of a string from its first backslash, past the closing quote.
    private mutating func decodeEscapedRest(into scratch: inout [UInt8]) throws(Failure) {
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return
            case UInt8(ascii: "\\"):
                index += 1
                guard index < bytes.count else { throw failure("unexpected end of data in a string") }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""): scratch.append(0x22)
                case UInt8(ascii: "\\"): scratch.append(0x5C)
                case UInt8(ascii: "/"): scratch.append(0x2F)
                case UInt8(ascii: "b"): scratch.append(0x08)
                case UInt8(ascii: "f"): scratch.append(0x0C)
                case UInt8(ascii: "n"): scratch.append(0x0A)
                case UInt8(ascii: "r"): scratch.append(0x0D)
                case UInt8(ascii: "t"): scratch.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try parseHex4()
                    if (0xD800...0xDBFF).contains(scalar) {
                        // A high surrogate must be followed by an escaped low surrogate.
                        if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                            bytes[index + 1] == UInt8(ascii: "u")
                        {
                            index += 2
                            let low = try parseHex4()
                            guard (0xDC00...0xDFFF).contains(low) else { throw failure("invalid surrogate pair") }
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        } else {
                            throw failure("lone surrogate in a string")
                        }
                    } else if (0xDC00...0xDFFF).contains(scalar) {
                        throw failure("lone surrogate in a string")
                    }
                    guard let unicode = Unicode.Scalar(scalar) else { throw failure("invalid \\u escape") }
                    scratch.append(contentsOf: Array(String(Character(unicode)).utf8))
                default:
                    index -= 1
                    throw failure("invalid escape '\\\(Self.describe(escape))'")
                }
            default:
                if byte < 0x20 { throw failure("control character in a string") }
                scratch.append(byte)
                index += 1
            }
        }
        throw failure("unexpected end of data in a string")
    }

    private mutating func parseHex4() throws(Failure) -> UInt32 {
        guard index + 4 <= bytes.count else { throw failure("unexpected end of data in a \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
            default: throw failure("invalid \\u escape")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }
}

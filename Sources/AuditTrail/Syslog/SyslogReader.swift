/// A cursor over one RFC 5424 line, for `SyslogMessage.parse`.
struct SyslogReader {
    private let bytes: [UInt8]
    private var index = 0

    init(_ line: Substring) {
        var bytes = Array(line.utf8)
        while let last = bytes.last, last == UInt8(ascii: "\n") || last == UInt8(ascii: "\r") { bytes.removeLast() }
        self.bytes = bytes
    }

    mutating func message() -> SyslogMessage? {
        guard take("<"), let priority = number(), priority <= 191, take(">"), take("1"), take(" ") else { return nil }
        guard let timestamp = token(), take(" "), let hostname = token(), take(" "), let appName = token(),
            take(" "), let processID = token(), take(" "), let messageID = token(), take(" ")
        else { return nil }
        var elements: [SyslogElement] = []
        if peek == UInt8(ascii: "-") {
            index += 1
        } else {
            while peek == UInt8(ascii: "[") {
                guard let element = element() else { return nil }
                elements.append(element)
            }
            guard !elements.isEmpty else { return nil }
        }
        var text: String?
        if index < bytes.count {
            guard take(" ") else { return nil }
            var rest = bytes[index...]
            // MSG-UTF8 may begin with a BOM (§6.4); it is not part of the text.
            if rest.starts(with: [0xEF, 0xBB, 0xBF]) { rest = rest.dropFirst(3) }
            text = String(decoding: rest, as: UTF8.self)
        }
        func value(_ token: String) -> String? { token == "-" ? nil : token }
        return SyslogMessage(
            priority: priority, timestamp: value(timestamp), hostname: value(hostname), appName: value(appName),
            processID: value(processID), messageID: value(messageID), elements: elements, text: text)
    }

    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func take(_ character: Unicode.Scalar) -> Bool {
        guard peek == UInt8(ascii: character) else { return false }
        index += 1
        return true
    }

    private mutating func number() -> Int? {
        let start = index
        while let byte = peek, byte >= 0x30, byte <= 0x39, index - start < 3 { index += 1 }
        guard index > start else { return nil }
        return Int(String(decoding: bytes[start..<index], as: UTF8.self))
    }

    /// A header field: printable US-ASCII up to the next space.
    private mutating func token() -> String? {
        let start = index
        while let byte = peek, byte != UInt8(ascii: " ") {
            guard (33...126).contains(byte) else { return nil }
            index += 1
        }
        guard index > start else { return nil }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    /// `[id name="value" …]`, the values unescaped: `\"`, `\\` and `\]` lose their backslash, any
    /// other backslash stays (§6.3.3).
    private mutating func element() -> SyslogElement? {
        guard take("[") else { return nil }
        guard let id = name() else { return nil }
        var element = SyslogElement(id: id)
        while take(" ") {
            guard let name = name(), take("="), take("\"") else { return nil }
            var value: [UInt8] = []
            while true {
                guard let byte = peek else { return nil }
                index += 1
                if byte == UInt8(ascii: "\"") { break }
                if byte == UInt8(ascii: "\\"), let next = peek,
                    next == UInt8(ascii: "\"") || next == UInt8(ascii: "\\") || next == UInt8(ascii: "]")
                {
                    value.append(next)
                    index += 1
                } else {
                    value.append(byte)
                }
            }
            element.parameters.append(SyslogParameter(name, String(decoding: value, as: UTF8.self)))
        }
        guard take("]") else { return nil }
        return element
    }

    private mutating func name() -> String? {
        let start = index
        while let byte = peek, (33...126).contains(byte), !"=]\" ".utf8.contains(byte) { index += 1 }
        guard index > start, index - start <= 32 else { return nil }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }
}

import NP6

/// Puts an event's parameters together: sanitised, cut where too long, and the cut ones named.
struct AuditEventBuilder {
    private(set) var parameters: [SyslogParameter] = []
    private var cut: [String] = []
    private var omitted = 0

    mutating func add(_ name: String, _ value: String?) {
        guard let value else { return }
        let clean = UntrustedText.sanitized(value)
        parameters.append(SyslogParameter(name, cutting(clean, name: name, limit: AuditEvent.valueLimit)))
    }

    /// Each subscription's JSON as fetched, in ASCII (every other character as `\uXXXX`, which
    /// reads back as the same JSON), one `json` parameter each, while the budget lasts.
    mutating func addSubscriptions(_ subscriptions: [[UInt8]]) {
        var spent = 0
        for bytes in subscriptions {
            let json = Self.asciiJSON(bytes)
            guard spent + json.utf8.count <= AuditEvent.jsonBudget else {
                omitted += 1
                continue
            }
            spent += json.utf8.count
            parameters.append(SyslogParameter("json", cutting(json, name: "json", limit: AuditEvent.jsonLimit)))
        }
    }

    mutating func finish() {
        if omitted > 0 { parameters.append(SyslogParameter("json-omitted", String(omitted))) }
        for name in cut { parameters.append(SyslogParameter("cut", name)) }
    }

    private mutating func cutting(_ value: String, name: String, limit: Int) -> String {
        guard value.utf8.count > limit else { return value }
        if !cut.contains(name) { cut.append(name) }
        var kept = ""
        var size = 0
        for scalar in value.unicodeScalars {
            size += String(scalar).utf8.count
            if size > limit { break }
            kept.unicodeScalars.append(scalar)
        }
        return kept
    }

    /// JSON text in printable ASCII: a character past `~` becomes its `\uXXXX` escape (a pair of
    /// them past the BMP), and line breaks or tabs between tokens become spaces. Valid JSON has
    /// no raw control character inside a string, so both rewrites keep its meaning exactly.
    static func asciiJSON(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        var output = ""
        output.reserveCapacity(bytes.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20...0x7E: output.unicodeScalars.append(scalar)
            case 0x00..<0x20, 0x7F: output += " "
            case 0x80...0xFFFF: output += escape(UInt16(scalar.value))
            default:
                let value = scalar.value - 0x10000
                output += escape(UInt16(0xD800 + (value >> 10))) + escape(UInt16(0xDC00 + (value & 0x3FF)))
            }
        }
        return output
    }

    private static func escape(_ unit: UInt16) -> String {
        let hex = String(unit, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}

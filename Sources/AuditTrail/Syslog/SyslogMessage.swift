/// An RFC 5424 message: `<PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID STRUCTURED-DATA [MSG]`.
/// Encodes what the audit trail sends and parses what a collector wrote (rsyslog's
/// `RSYSLOG_SyslogProtocol23Format` writes the message back as it came, one per line).
public struct SyslogMessage: Sendable, Equatable {
    /// Facility × 8 + severity; the audit trail sends facility 13 ("log audit"), severity 5 (notice).
    public var priority: Int
    /// RFC 3339 with the `T` and a zone; nil is the NILVALUE `-`.
    public var timestamp: String?
    public var hostname: String?
    public var appName: String?
    public var processID: String?
    public var messageID: String?
    public var elements: [SyslogElement]
    public var text: String?

    public init(
        priority: Int, timestamp: String?, hostname: String?, appName: String?, processID: String?,
        messageID: String?, elements: [SyslogElement], text: String? = nil
    ) {
        self.priority = priority
        self.timestamp = timestamp
        self.hostname = hostname
        self.appName = appName
        self.processID = processID
        self.messageID = messageID
        self.elements = elements
        self.text = text
    }

    /// The message as sent. Header fields are printable US-ASCII without spaces (§6.2), cut to the
    /// RFC's lengths; anything else in them becomes `_`.
    public var encoded: String {
        func field(_ value: String?, _ limit: Int) -> String {
            guard let value, !value.isEmpty else { return "-" }
            let bytes = value.utf8.prefix(limit).map { (33...126).contains($0) ? $0 : UInt8(ascii: "_") }
            return String(decoding: bytes, as: UTF8.self)
        }
        var line = "<\(priority)>1 \(field(timestamp, 64)) \(field(hostname, 255)) \(field(appName, 48))"
        line += " \(field(processID, 128)) \(field(messageID, 32)) "
        line += elements.isEmpty ? "-" : elements.map(\.encoded).joined()
        if let text, !text.isEmpty { line += " " + text }
        return line
    }

    /// RFC 5425's octet-counting frame (§4.3): the length in bytes, a space, the message.
    public var framed: [UInt8] {
        let message = Array(encoded.utf8)
        return Array("\(message.count) ".utf8) + message
    }

    /// The element with this SD-ID, if the message has one.
    public func element(_ id: String) -> SyslogElement? { elements.first { $0.id == id } }

    /// Reads one message; nil when `line` is not RFC 5424. A collector may prefix nothing else:
    /// rsyslog's protocol-23 format writes the message as it was framed.
    public static func parse(_ line: Substring) -> SyslogMessage? {
        var reader = SyslogReader(line)
        return reader.message()
    }
}

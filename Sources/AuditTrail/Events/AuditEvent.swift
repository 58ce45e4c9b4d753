import Crypto
import NP6

/// One audit event as it travels: the structured data of an RFC 5424 message (SD-ID
/// `np6audit@32473`), numbered in its machine's chain and sealed with a hash. Every value is
/// sanitised (no control character, no bidi override), and an oversized one is cut and named in
/// `cut`. The parameters are kept in order: the hash covers them as written.
public struct AuditEvent: Sendable, Equatable {
    /// 32473 is the enterprise number RFC 5612 reserves for documentation: np6-subs has no IANA
    /// number of its own, and a collector filters on the name before the `@`.
    public static let elementID = "np6audit@32473"
    /// Facility 13 (log audit) × 8 + severity 5 (notice).
    public static let priority = 13 * 8 + 5
    public static let appName = "np6-subs"
    /// A value longer than this many bytes is cut (a reason, an error, a contact).
    static let valueLimit = 1024
    /// One subscription's JSON is cut past this: it could then not be restored from the collector,
    /// and says so.
    static let jsonLimit = 16 * 1024
    /// Past this many bytes of subscriptions' JSON, the rest are left out and counted in
    /// `json-omitted`: docs/audit.md sets the collector's `maxMessageSize` to 64k.
    static let jsonBudget = 48 * 1024
    /// The hash before the first event of a chain.
    public static let genesis = String(repeating: "0", count: 64)

    public var parameters: [SyslogParameter]

    public init(parameters: [SyslogParameter]) {
        self.parameters = parameters
    }

    /// The event an element of a collected message holds; nil for another program's element.
    public init?(element: SyslogElement) {
        guard element.id == Self.elementID, element.value("event") != nil else { return nil }
        parameters = element.parameters
    }

    public func value(_ name: String) -> String? { parameters.first { $0.name == name }?.value }
    public func values(_ name: String) -> [String] { parameters.filter { $0.name == name }.map(\.value) }

    public var eventID: String { value("event") ?? "" }
    public var phase: AuditPhase? { value("phase").flatMap(AuditPhase.init(rawValue:)) }
    public var chain: String { value("chain") ?? "" }
    public var sequence: Int? { value("seq").flatMap { Int($0) } }
    public var previous: String { value("prev") ?? "" }
    public var recordedHash: String { value("hash") ?? "" }
    public var entry: String { value("entry") ?? "" }

    /// SHA-256 of every parameter but `hash`, as `name=value` lines: the previous event's hash is
    /// one of them, so each event seals the chain up to itself.
    public var computedHash: String {
        var hasher = SHA256()
        for parameter in parameters where parameter.name != "hash" {
            hasher.update(data: Array("\(parameter.name)=\(parameter.value)\n".utf8))
        }
        return hasher.finalize().map { byte in
            let digits = Array("0123456789abcdef".utf8)
            return String(decoding: [digits[Int(byte >> 4)], digits[Int(byte & 15)]], as: UTF8.self)
        }.joined()
    }

    /// Whether the event still hashes to what it says.
    public var isIntact: Bool { recordedHash == computedHash }

    /// The message that carries it; `text` is a line for people reading the collector.
    public func message(hostname: String, processID: Int32) -> SyslogMessage {
        SyslogMessage(
            priority: Self.priority, timestamp: value("time"), hostname: hostname, appName: Self.appName,
            processID: String(processID), messageID: value("phase"),
            elements: [SyslogElement(id: Self.elementID, parameters: parameters)], text: summary)
    }

    /// `alice delete-subscription unicity jeanne.martin: intent, 2 requests`: English, as every
    /// machine format of np6-subs.
    var summary: String {
        var words = [value("operator") ?? "?", value("operation") ?? "?"]
        if let contact = value("contact") { words.append(contact) }
        var line = words.joined(separator: " ") + ": " + (value("phase") ?? "?")
        if let result = value("result") { line += " " + result }
        let requests = values("request").count
        if requests > 0 { line += ", \(requests) request" + (requests == 1 ? "" : "s") }
        return line
    }

    /// Numbers `record` as event `sequence` of `chain`, after the event whose hash is `previous`,
    /// and seals it.
    public static func sealing(
        _ record: AuditRecord, eventID: String, chain: String, sequence: Int, previous: String, machine: String
    ) -> AuditEvent {
        var builder = AuditEventBuilder()
        builder.add("v", "1")
        builder.add("event", eventID)
        builder.add("phase", record.phase.rawValue)
        builder.add("chain", chain)
        builder.add("seq", String(sequence))
        builder.add("prev", previous)
        builder.add("time", record.time)
        builder.add("operator", record.operatorName)
        builder.add("machine", machine)
        builder.add("profile", record.profile)
        builder.add("host", record.host)
        builder.add("entry", record.entry)
        builder.add("run", record.run)
        builder.add("operation", record.operation)
        builder.add("contact-kind", record.contactKind)
        builder.add("contact", record.contact)
        for id in record.subscriptionIDs { builder.add("subscription", id) }
        for request in record.requests { builder.add("request", request) }
        builder.add("reason", record.reason)
        builder.add("restores", record.restores)
        builder.add("result", record.result)
        builder.add("status", record.status.map(String.init))
        builder.add("error", record.error)
        builder.add("ms", record.milliseconds.map(String.init))
        for result in record.requestResults { builder.add("request-result", result) }
        builder.addSubscriptions(record.subscriptionsJSON)
        builder.finish()
        var event = AuditEvent(parameters: builder.parameters)
        event.parameters.append(SyslogParameter("hash", event.computedHash))
        return event
    }
}

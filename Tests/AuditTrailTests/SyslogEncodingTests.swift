import AuditTrail
import TestTags
import Testing

/// RFC 5424's own examples (§6.5), its escaping rule (§6.3.3) and RFC 5425's framing (§4.3).
@Suite("RFC 5424 encoding")
struct SyslogEncodingTests {
    @Test("Example 1 of §6.5 (no structured data) reads and writes back byte for byte")
    func exampleOne() throws {
        let line =
            "<34>1 2003-10-11T22:14:15.003Z mymachine.example.com su - ID47 - "
            + "'su root' failed for lonvick on /dev/pts/8"
        let message = try #require(SyslogMessage.parse(Substring(line)))
        #expect(message.priority == 34)
        #expect(message.hostname == "mymachine.example.com")
        #expect(message.appName == "su")
        #expect(message.processID == nil)
        #expect(message.messageID == "ID47")
        #expect(message.elements.isEmpty)
        #expect(message.text == "'su root' failed for lonvick on /dev/pts/8")
        #expect(message.encoded == line)
    }

    @Test("Examples 3 and 4 of §6.5: one and two SD-ELEMENTs, with and without a MSG")
    func examplesThreeAndFour() throws {
        let three = """
            <165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 [exampleSDID@32473 iut="3" \
            eventSource="Application" eventID="1011"] An application event log entry...
            """
        let message = try #require(SyslogMessage.parse(Substring(three)))
        let element = try #require(message.element("exampleSDID@32473"))
        #expect(element.parameters.map(\.name) == ["iut", "eventSource", "eventID"])
        #expect(element.value("eventSource") == "Application")
        #expect(message.text == "An application event log entry...")
        #expect(message.encoded == three)
        let four = """
            <165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 [exampleSDID@32473 iut="3" \
            eventSource="Application" eventID="1011"][examplePriority@32473 class="high"]
            """
        let both = try #require(SyslogMessage.parse(Substring(four)))
        #expect(both.elements.map(\.id) == ["exampleSDID@32473", "examplePriority@32473"])
        #expect(both.element("examplePriority@32473")?.value("class") == "high")
        #expect(both.text == nil)
        #expect(both.encoded == four)
    }

    @Test("§6.3.3: \", \\ and ] in a value take a backslash; a backslash before anything else stays")
    func escaping() throws {
        let parameter = SyslogParameter("reason", #"ticket "A\B" [urgent]"#)
        #expect(parameter.encoded == #"reason="ticket \"A\\B\" [urgent\]""#)
        let line = "<109>1 - host app - - [x@32473 reason=\"ticket \\\"A\\\\B\\\" [urgent\\]\" path=\"C:\\temp\"]"
        let element = try #require(SyslogMessage.parse(Substring(line))?.element("x@32473"))
        #expect(element.value("reason") == #"ticket "A\B" [urgent]"#)
        #expect(element.value("path") == #"C:\temp"#, "an unknown escape keeps its backslash")
    }

    @Test("RFC 5425 §4.3: octet counting, the length in bytes (UTF-8), a space, the message")
    func framing() {
        let message = SyslogMessage(
            priority: 109, timestamp: nil, hostname: "h", appName: "a", processID: nil, messageID: nil, elements: [],
            text: "é")
        let framed = String(decoding: message.framed, as: UTF8.self)
        #expect(framed == "21 <109>1 - h a - - - é", "19 ASCII bytes and 2 for é")
    }

    @Test("What is not RFC 5424 is not read as it: BSD syslog, a torn element, a bad priority")
    func refusals() {
        #expect(SyslogMessage.parse("<34>Oct 11 22:14:15 mymachine su: 'su root' failed") == nil)
        #expect(SyslogMessage.parse("<109>1 - h a - - [x@1 a=\"b\"") == nil)
        #expect(SyslogMessage.parse("<999>1 - h a - - -") == nil)
    }

    @Test("collector addresses: tls:// defaults to 6514, tcp:// to 514; IPv6 in brackets; nothing else")
    func collectorAddresses() {
        #expect(AuditCollector.parse("tls://collector.example.com")! == (.tls, "collector.example.com", 6514))
        #expect(AuditCollector.parse("tcp://10.0.0.1:1514")! == (.tcp, "10.0.0.1", 1514))
        #expect(AuditCollector.parse("tls://[::1]:6514")! == (.tls, "::1", 6514))
        for bad in ["udp://x:514", "collector:6514", "tls://", "tls://x:0", "tls://x:99999", "tls://u@x"] {
            #expect(AuditCollector.parse(bad) == nil, "\(bad)")
        }
    }
}

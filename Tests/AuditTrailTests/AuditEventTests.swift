import AuditTrail
import TestTags
import Testing

/// An event's content: sanitised, cut and marked, its JSON restorable, its hash chained.
@Suite("Audit events and chains")
struct AuditEventTests {
    static func record(reason: String? = "SUP-1", json: [String] = []) -> AuditRecord {
        AuditRecord(
            phase: .intent, entry: "e1", time: "2026-12-07T10:00:00.000Z", operatorName: "alice", profile: "prod",
            host: "api-cm.np6.com", operation: "delete-subscription", contactKind: "unicity", contact: "jeanne",
            subscriptionIDs: ["s1"], requests: ["DELETE /subscriptions/s1"], reason: reason,
            subscriptionsJSON: json.map { Array($0.utf8) })
    }

    static func seal(_ record: AuditRecord, sequence: Int, previous: String) -> AuditEvent {
        AuditEvent.sealing(
            record, eventID: "ev\(sequence)", chain: "c1", sequence: sequence, previous: previous, machine: "m1")
    }

    @Test("server text cannot drive a terminal or break the line: controls become visible escapes")
    func sanitised() throws {
        let event = Self.seal(
            Self.record(reason: "a\u{1B}[31mred\nnext\u{202E}"), sequence: 1, previous: AuditEvent.genesis)
        let reason = try #require(event.value("reason"))
        #expect(!reason.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x202E })
        #expect(!event.message(hostname: "m1", processID: 1).encoded.contains("\n"))
    }

    @Test("JSON travels as ASCII and parses back to the same text; an oversized value is cut and named in cut")
    func jsonAndCuts() throws {
        let json = #"{"id":"s1","contact":{"unicity":"Zoë 🎉"}}"#
        let event = Self.seal(
            Self.record(reason: String(repeating: "x", count: 5000), json: [json]), sequence: 1,
            previous: AuditEvent.genesis)
        let carried = try #require(event.value("json"))
        #expect(carried.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(carried == #"{"id":"s1","contact":{"unicity":"Zo\u00eb \ud83c\udf89"}}"#)
        #expect(event.value("reason")?.utf8.count == 1024)
        #expect(event.values("cut") == ["reason"])
    }

    @Test("an event survives the trip through a line, and its hash covers every other parameter")
    func roundTrip() throws {
        let event = Self.seal(Self.record(json: [#"{"id":"s1"}"#]), sequence: 1, previous: AuditEvent.genesis)
        #expect(event.isIntact)
        let line = event.message(hostname: "m1", processID: 7).encoded
        let element = try #require(SyslogMessage.parse(Substring(line))?.element(AuditEvent.elementID))
        let read = try #require(AuditEvent(element: element))
        #expect(read == event)
        var edited = read
        edited.parameters[edited.parameters.firstIndex { $0.name == "reason" }!].value = "SUP-2"
        #expect(!edited.isIntact)
    }

    static func file(_ events: [AuditEvent]) -> String {
        events.map { $0.message(hostname: "m1", processID: 1).encoded }.joined(separator: "\n")
    }

    static func chain(_ count: Int) -> [AuditEvent] {
        var events: [AuditEvent] = []
        var previous = AuditEvent.genesis
        for sequence in 1...count {
            let event = seal(record(), sequence: sequence, previous: previous)
            events.append(event)
            previous = event.recordedHash
        }
        return events
    }

    @Test("verify: a whole chain passes; a removed line is missing, a duplicate is harmless")
    func missingAndDuplicates() throws {
        let events = Self.chain(5)
        let whole = ChainVerifier.verify(CollectedTrail.parse(Self.file(events + [events[1]])))
        #expect(whole.count == 1 && whole[0].passes && whole[0].duplicates == 1)
        var removed = events
        removed.remove(at: 2)
        let report = try #require(ChainVerifier.verify(CollectedTrail.parse(Self.file(removed))).first)
        #expect(!report.passes)
        #expect(report.missing == [3...3])
        #expect(report.edited.isEmpty)
    }

    @Test("verify: an edited value breaks its hash; an event re-hashed after an edit breaks its successor's link")
    func edits() throws {
        var events = Self.chain(4)
        #expect(ChainVerifier.verify(CollectedTrail.parse(Self.file(events)))[0].passes)
        var lines = Self.file(events).split(separator: "\n").map(String.init)
        lines[1] = lines[1].replacingOccurrences(of: #"reason="SUP-1""#, with: #"reason="SUP-2""#)
        let edited = try #require(ChainVerifier.verify(CollectedTrail.parse(lines.joined(separator: "\n"))).first)
        #expect(edited.edited == [2])
        #expect(edited.editedLines == [2])
        // A forger who also recomputes the hash is caught by the next event's `prev`.
        var forged = events[1]
        forged.parameters[forged.parameters.firstIndex { $0.name == "reason" }!].value = "SUP-2"
        forged.parameters.removeLast()
        forged.parameters.append(SyslogParameter("hash", forged.computedHash))
        events[1] = forged
        let relinked = try #require(ChainVerifier.verify(CollectedTrail.parse(Self.file(events))).first)
        #expect(relinked.edited == [2])
    }

    @Test("other programs' lines and doctor's test events are passed over")
    func otherLines() {
        let test = AuditLedger.testMessage(operatorName: "alice", machine: "m1", time: "2026-12-07T10:00:00Z").encoded
        let trail = CollectedTrail.parse(
            "Dec  7 10:00:00 m1 sshd[1]: Accepted\n" + test + "\n" + Self.file(Self.chain(1)))
        #expect(trail.lines.count == 1)
        #expect(trail.otherLines == 2)
    }
}

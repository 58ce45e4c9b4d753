import Foundation
import Journal
import NP6
import TestTags
import Testing

/// The journal as a team reads it: the contact and the reason of every write, one entry for a
/// marked delete, an audit log that receives every line, and the filters of `journal`.
@Suite("The audit trail", .tags(.unit))
struct AuditTrailTests {
    static let foobar: [JSONValue] = [
        try! JSONParser.parse(
            (#"{"id": "s-1", "provider": {"type": "apns", "token": "t"}, "contact": {"type": "footprint", "#
                + #""id": "00000001", "unicity": "foobar", "hash": "3858f62230ac3c915f300c664312c63f"}}"#)
        ),
        try! JSONParser.parse(
            (#"{"id": "s-2", "provider": {"type": "firebase", "token": "u"}, "contact": {"type": "footprint", "#
                + #""id": "00000001", "unicity": "foobar", "hash": "3858f62230ac3c915f300c664312c63f"}}"#)
        ),
    ]

    @Test("an entry records the contact (its unicity, when looked up by hash) and the reason; a blank reason is none")
    func contactAndReason() throws {
        let journal = DeletionJournal(directory: JournalTests.folder(), host: "h", operatorName: "o")
        _ = try journal.recordIntent(
            operation: .deleteContact,
            requests: ["DELETE /targets/subscriptions?hash=3858f62230ac3c915f300c664312c63f"],
            subscriptions: Self.foobar,
            contact: .hash("3858f62230ac3c915f300c664312c63f"), reason: "  TICKET-4242  ")
        _ = try journal.recordIntent(
            operation: .deleteSubscription, requests: [], subscriptions: [Self.foobar[0]], reason: " ")
        let entries = try journal.entries()
        #expect(
            entries[1].contact
                == JournalContact(kind: .key(.hash), value: "3858f62230ac3c915f300c664312c63f", unicity: "foobar"))
        #expect(entries[1].contact?.text == "foobar")
        #expect(entries[1].reason == "TICKET-4242")
        #expect(entries[1].operationWords == "delete all")
        #expect(entries[0].contact?.unicity == "foobar", "without a key, the subscriptions name the contact")
        #expect(entries[0].reason == nil)
    }

    @Test("every line goes to the audit log too, byte for byte; an audit log that cannot be written refuses the write")
    func auditLog() throws {
        let folder = JournalTests.folder()
        let audit = NSTemporaryDirectory() + "np6-audit-\(UUID().uuidString).jsonl"
        defer { try? FileManager.default.removeItem(atPath: audit) }
        let journal = DeletionJournal(directory: folder, host: "h", operatorName: "o", auditLog: audit)
        try journal.checkAuditLog()
        let entry = try journal.recordIntent(
            operation: .deleteSubscription, requests: ["DELETE /subscriptions/s-1"], subscriptions: [Self.foobar[0]],
            reason: "r")
        try journal.recordOutcome(entry: entry, status: 204, result: .done, error: nil, duration: .zero)
        let journalText = try String(contentsOfFile: folder + "/journal.jsonl", encoding: .utf8)
        let auditText = try String(contentsOfFile: audit, encoding: .utf8)
        #expect(auditText == journalText)
        #expect(auditText.split(separator: "\n").count == 2)

        let blocked = DeletionJournal(
            directory: JournalTests.folder(), host: "h", operatorName: "o", auditLog: "/nonexistent-dir/audit.jsonl")
        #expect(throws: DeletionJournal.Failure.self) { try blocked.checkAuditLog() }
        do {
            _ = try blocked.recordIntent(operation: .deleteSubscription, requests: [], subscriptions: [])
            Issue.record("a write was journalled without its audit line")
        } catch {
            #expect(error.description.hasPrefix("audit log:"))
        }
    }

    @Test("a pipe as the audit log (--audit-log >(logger …)) takes the lines though it cannot be synced")
    func pipeAuditLog() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer { close(ends[0]) }
        let journal = DeletionJournal(
            directory: JournalTests.folder(), host: "h", operatorName: "o", auditLog: "/proc/self/fd/\(ends[1])")
        _ = try journal.recordIntent(
            operation: .deleteSubscription, requests: ["DELETE /subscriptions/s-1"], subscriptions: [])
        close(ends[1])
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(ends[0], &buffer, buffer.count)
        #expect(count > 0)
        #expect(String(decoding: buffer.prefix(max(0, count)), as: UTF8.self).contains("\"kind\":\"intent\""))
    }
}

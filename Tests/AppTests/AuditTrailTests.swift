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
    func contactAndReason() async throws {
        let journal = DeletionJournal(directory: JournalTests.folder(), host: "h", operatorName: "o")
        _ = try await journal.recordIntent(
            operation: .deleteContact,
            requests: ["DELETE /targets/subscriptions?hash=3858f62230ac3c915f300c664312c63f"],
            subscriptions: Self.foobar,
            contact: .hash("3858f62230ac3c915f300c664312c63f"), reason: "  TICKET-4242  ")
        _ = try await journal.recordIntent(
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
    func auditLog() async throws {
        let folder = JournalTests.folder()
        let audit = NSTemporaryDirectory() + "np6-audit-\(UUID().uuidString).jsonl"
        defer { try? FileManager.default.removeItem(atPath: audit) }
        let journal = DeletionJournal(directory: folder, host: "h", operatorName: "o", auditLog: audit)
        try journal.checkAuditLog()
        let entry = try await journal.recordIntent(
            operation: .deleteSubscription, requests: ["DELETE /subscriptions/s-1"], subscriptions: [Self.foobar[0]],
            reason: "r")
        try await journal.recordOutcome(entry: entry, status: 204, result: .done, error: nil, duration: .zero)
        let journalText = try String(contentsOfFile: folder + "/journal.jsonl", encoding: .utf8)
        let auditText = try String(contentsOfFile: audit, encoding: .utf8)
        #expect(auditText == journalText)
        #expect(auditText.split(separator: "\n").count == 2)

        let blocked = DeletionJournal(
            directory: JournalTests.folder(), host: "h", operatorName: "o", auditLog: "/nonexistent-dir/audit.jsonl")
        #expect(throws: DeletionJournal.Failure.self) { try blocked.checkAuditLog() }
        do {
            _ = try await blocked.recordIntent(operation: .deleteSubscription, requests: [], subscriptions: [])
            Issue.record("a write was journalled without its audit line")
        } catch {
            #expect(error.description.hasPrefix("audit log:"))
        }
    }

    /// The intent's outcome as the journal holds it after the audit log refused the intent.
    static func refusedIntent(auditLog: String, subscriptions: [JSONValue] = []) async throws -> (String, JournalEntry?)
    {
        let journal = DeletionJournal(
            directory: JournalTests.folder(), host: "h", operatorName: "o", auditLog: auditLog)
        do {
            _ = try await journal.recordIntent(
                operation: .deleteSubscription, requests: ["DELETE /subscriptions/s-1"], subscriptions: subscriptions)
            return ("", nil)
        } catch {
            return (error.description, try journal.entries().first)
        }
    }

    @Test(
        """
        an audit log that cannot take the intent (a full disk, a pipe whose reader died, a stalled reader) \
        refuses the write, and the journal says it was not sent
        """
    )
    func auditLogThatSwallows() async throws {
        signal(SIGPIPE, SIG_IGN)
        let (full, fullEntry) = try await Self.refusedIntent(auditLog: "/dev/full")
        #expect(full.contains("No space left on device"), "\(full)")
        #expect(fullEntry?.outcome?.result == .notSent, "the intent looks unknown though nothing was sent")
        #expect(fullEntry?.outcome?.error?.contains("the audit log /dev/full did not take the intent") == true)

        var dead: [Int32] = [0, 0]
        #expect(pipe(&dead) == 0)
        close(dead[0])
        defer { close(dead[1]) }
        let (gone, goneEntry) = try await Self.refusedIntent(auditLog: "/proc/self/fd/\(dead[1])")
        #expect(!gone.isEmpty, "a pipe without a reader took the intent")
        #expect(goneEntry?.outcome?.result == .notSent)

        // A reader that is there but takes nothing: a 100 KB intent fills the pipe's 64 KB.
        var stalled: [Int32] = [0, 0]
        #expect(pipe(&stalled) == 0)
        defer {
            close(stalled[0])
            close(stalled[1])
        }
        let big = try JSONParser.parse("[\"\(String(repeating: "t", count: 100_000))\"]")
        let (stall, stallEntry) = try await Self.refusedIntent(
            auditLog: "/proc/self/fd/\(stalled[1])", subscriptions: [big])
        #expect(stall.contains("took nothing for 5 s"), "\(stall)")
        #expect(stallEntry?.outcome?.result == .notSent)
    }

    @Test("a FIFO nobody reads is an error at start, not a hang")
    func fifoWithoutReader() throws {
        let fifo = NSTemporaryDirectory() + "np6-audit-fifo-\(UUID().uuidString)"
        #expect(mkfifo(fifo, 0o600) == 0)
        defer { unlink(fifo) }
        let journal = DeletionJournal(directory: JournalTests.folder(), host: "h", operatorName: "o", auditLog: fifo)
        do {
            try journal.checkAuditLog()
            Issue.record("a FIFO without a reader was accepted")
        } catch {
            #expect(error.description.contains("no program reads the audit log"))
        }
    }

    @Test("a pipe as the audit log (--audit-log >(logger …)) takes the lines though it cannot be synced")
    func pipeAuditLog() async throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer { close(ends[0]) }
        let journal = DeletionJournal(
            directory: JournalTests.folder(), host: "h", operatorName: "o", auditLog: "/proc/self/fd/\(ends[1])")
        _ = try await journal.recordIntent(
            operation: .deleteSubscription, requests: ["DELETE /subscriptions/s-1"], subscriptions: [])
        close(ends[1])
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(ends[0], &buffer, buffer.count)
        #expect(count > 0)
        #expect(String(decoding: buffer.prefix(max(0, count)), as: UTF8.self).contains("\"kind\":\"intent\""))
    }
}

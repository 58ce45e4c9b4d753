import Journal
import TestTags
import Testing

@testable import Scripts

/// `--resume`: where each journal state leaves a contact, and what a re-check of an unknown
/// outcome settles, without a server.
@Suite("Resume: standings and settlements of unknown outcomes", .tags(.unit))
struct ResumeSettlementTests {
    static let intent =
        (#"{"kind":"intent","entry":"e1","time":"2026-12-01T10:00:00Z","operator":"ana","host":"h","#
            + #""operation":"delete-contact","requests":["DELETE /subscriptions?unicity=a"],"subscriptions":[],"#
            + #""run":"r1"}"#)

    static func entry(_ lines: String...) throws -> JournalEntry {
        let bytes = Array(([intent] + lines).joined(separator: "\n").utf8)
        return try #require(DeletionJournal.entries(in: bytes).first)
    }

    static func outcome(_ result: String, status: String = "null") -> String {
        (#"{"kind":"outcome","entry":"e1","time":"t","status":\#(status),"result":"\#(result)","error":null,"#
            + #""milliseconds":3}"#)
    }

    static func settled(_ result: String) -> String {
        #"{"kind":"settled","entry":"e1","time":"t","result":"\#(result)","by":"a re-check"}"#
    }

    @Test("each journal state: no outcome and unknown are re-checked, done and 404 are done, the rest go again")
    func standings() throws {
        #expect(BatchDelete.standing(of: try Self.entry()) == .unknown, "the program died between intent and outcome")
        #expect(BatchDelete.standing(of: try Self.entry(Self.outcome("unknown"))) == .unknown)
        #expect(BatchDelete.standing(of: try Self.entry(Self.outcome("done", status: "204"))) == .done)
        #expect(
            BatchDelete.standing(of: try Self.entry(Self.outcome("failed", status: "404"))) == .done, "already gone")
        #expect(BatchDelete.standing(of: try Self.entry(Self.outcome("failed", status: "500"))) == .failed)
        #expect(BatchDelete.standing(of: try Self.entry(Self.outcome("partial", status: "200"))) == .failed)
    }

    @Test("every settlement of an unknown outcome: done and restored are left alone, failed and partial go again")
    func settledStandings() throws {
        let unknown = Self.outcome("unknown")
        #expect(BatchDelete.standing(of: try Self.entry(unknown, Self.settled("done"))) == .done)
        #expect(
            BatchDelete.standing(of: try Self.entry(unknown, Self.settled("restored"))) == .done,
            "re-created on purpose")
        #expect(BatchDelete.standing(of: try Self.entry(unknown, Self.settled("failed"))) == .failed)
        #expect(BatchDelete.standing(of: try Self.entry(unknown, Self.settled("partial"))) == .failed)
        #expect(
            BatchDelete.standing(of: try Self.entry(Self.settled("done"))) == .done, "settled without an outcome line")
    }

    @Test(
        "a re-check: all gone settles done; all there settles failed; some there settles partial and deletes the rest")
    func settlements() {
        let planned = ["s1", "s2", "s3"]
        #expect(BatchDelete.settlement(planned: planned, found: []) == .gone)
        #expect(
            BatchDelete.settlement(planned: planned, found: ["other"]) == .gone,
            "another subscription is not the plan's")
        #expect(
            BatchDelete.settlement(planned: planned, found: ["s1", "s2", "s3", "x"])
                == .remaining(settledAs: .failed, left: planned))
        #expect(
            BatchDelete.settlement(planned: planned, found: ["s3", "s1"])
                == .remaining(settledAs: .partial, left: ["s1", "s3"]))
    }

    @Test("values a newer journal wrote are kept as unrecognized, shown as written, never read as empty")
    func unrecognizedValues() throws {
        let newer =
            (#"{"kind":"intent","entry":"e2","time":"t","operator":"o","host":"h","#
                + #""operation":"archive-contact","requests":[],"subscriptions":[],"contact":{"kind":"email","#
                + #""value":"a@b","unicity":null}}"#)
        let outcome =
            #"{"kind":"outcome","entry":"e2","time":"t","status":202,"result":"queued","error":null,"milliseconds":1}"#
        let entry = try #require(DeletionJournal.entries(in: Array((newer + "\n" + outcome).utf8)).first)
        #expect(entry.operation == .unrecognized("archive-contact"))
        #expect(entry.operationWords == "archive-contact (unrecognised)")
        #expect(entry.outcome?.result == .unrecognized("queued"))
        #expect(entry.shortOutcome == "queued (202)")
        #expect(entry.contact?.kind == .unrecognized("email"))
        #expect(entry.contact?.key == nil, "a kind this version cannot look up again")
        #expect(BatchDelete.standing(of: entry) == .failed, "an unrecognised result is not taken for done")
    }

    @Test("an intent without a required field is skipped, not filled in with empty strings")
    func missingFieldsAreNotFilledIn() {
        let noOperator =
            #"{"kind":"intent","entry":"e3","time":"t","host":"h","operation":"undo","requests":[],"subscriptions":[]}"#
        #expect(DeletionJournal.entries(in: Array(noOperator.utf8)).isEmpty)
    }

    @Test("a run that deleted nothing reports its time and no rate")
    func noRateWithoutDeletes() {
        let started = ContinuousClock.now
        #expect(BatchDelete.rateText(12, since: started, withRate: false).text.hasSuffix(" s"))
        #expect(BatchDelete.rateText(12, since: started).text.contains("contacts/s"))
    }
}

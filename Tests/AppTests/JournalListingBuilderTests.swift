import Browser
import Essentials
import Journal
import NP6
import TestTags
import Testing

@testable import App

/// What `J` shows is the journal file's: this profile's entries, newest first, with the columns
/// of `np6-subs journal`, and `u` offered only where a re-creation is right.
@Suite("The browser's journal: rows from the journal file", .tags(.unit))
struct JournalListingBuilderTests {
    static let subscription =
        #"{"id":"0581e259","application":"56c874e9","provider":{"type":"firebase","token":"tok"},"#
        + #""contact":{"type":"footprint","id":"00000001","unicity":"foobar"}}"#

    static func intent(
        _ id: String, minute: Int, operation: String = "delete-subscription", host: String = "api.example.com",
        profile: String? = nil, restores: String? = nil, reason: String? = nil
    ) -> String {
        let profileField = profile.map { #","profile":"\#($0)""# } ?? ""
        let restoresField = restores.map { #","restores":"\#($0)""# } ?? ""
        let reasonField = reason.map { #","reason":"\#($0)""# } ?? ""
        return #"""
            {"kind":"intent","entry":"\#(id)","time":"2026-12-03T10:\#(minute):00.000Z","operator":"ana",\#
            "host":"\#(host)","operation":"\#(operation)","requests":["DELETE /subscriptions/0581e259"],\#
            "subscriptions":[\#(subscription)],"contact":{"kind":"unicity","value":"foobar","unicity":"foobar"}\#
            \#(profileField)\#(restoresField)\#(reasonField)}
            """#
    }

    static func outcome(_ id: String, _ result: String) -> String {
        #"{"kind":"outcome","entry":"\#(id)","time":"2026-12-03T10:59:00.000Z","status":204,"result":"\#(result)"}"#
    }

    static func rows(_ lines: [String], profile: String? = nil) -> [JournalRow] {
        let entries = DeletionJournal.entries(in: Array((lines.joined(separator: "\n") + "\n").utf8))
        return JournalListingBuilder.listing(
            of: entries, profile: profile, host: "api.example.com", path: "/j", timeZone: .utc
        ).rows
    }

    @Test("only the profile's entries, newest first, with the cells np6-subs journal prints")
    func profileAndOrder() {
        let rows = Self.rows(
            [
                Self.intent("11111111-a", minute: 10, reason: "T-1"), Self.outcome("11111111-a", "done"),
                Self.intent("22222222-b", minute: 20, profile: "prod"), Self.outcome("22222222-b", "done"),
                Self.intent("33333333-c", minute: 30), Self.outcome("33333333-c", "failed"),
            ])
        #expect(rows.map(\.id) == ["33333333-c", "11111111-a"])
        #expect(rows[1].cells == ["2026-12-03 10:10", "11111111", "foobar", "delete", "1", "done", "T-1"])
        #expect(rows[1].contact == .unicity("foobar"))
        #expect(Self.rows([Self.intent("22222222-b", minute: 20, profile: "prod")], profile: "prod").count == 1)
    }

    @Test("u is offered for a delete that happened here, and refused with a reason otherwise")
    func undo() {
        let rows = Self.rows(
            [
                Self.intent("11111111-a", minute: 10), Self.outcome("11111111-a", "done"),
                Self.intent("22222222-b", minute: 11), Self.outcome("22222222-b", "failed"),
                Self.intent("33333333-c", minute: 12, host: "staging.example.com"), Self.outcome("33333333-c", "done"),
                Self.intent("44444444-d", minute: 13), Self.outcome("44444444-d", "done"),
                Self.intent("55555555-e", minute: 14, operation: "restore", restores: "44444444-d"),
                Self.outcome("55555555-e", "done"),
                Self.intent("66666666-f", minute: 15),
            ])
        func undo(_ id: String) -> JournalRow.Undo? { rows.first { $0.id == id }?.undo }
        guard case .possible(let subscriptions)? = undo("11111111-a") else {
            Issue.record("a done delete is not undoable: \(String(describing: undo("11111111-a")))")
            return
        }
        #expect(subscriptions.map(\.id) == ["0581e259"])
        #expect(undo("22222222-b") == .refused("its delete failed, nothing was removed"))
        #expect(undo("33333333-c") == .refused("recorded against staging.example.com (np6-subs restore --to-host)"))
        #expect(undo("44444444-d") == .refused("re-created already by 55555555"))
        #expect(undo("55555555-e") == .refused("it re-created subscriptions; only a delete is undone"))
        // An outcome never written may have deleted: undo is offered.
        if case .possible? = undo("66666666-f") {} else { Issue.record("an unknown outcome is not undoable") }
    }
}

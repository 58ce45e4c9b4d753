import NP6
import TestTags
import Testing

@testable import Scripts

/// A batch plan's subscription line: fitted to a terminal, whole in a file.
@Suite("The plan's subscription lines", .tags(.unit))
struct PlanLineTests {
    static let subscription = try! Subscription(
        json: JSONParser.parse(
            #"""
            {"id": "bf58dd40-ffcd-4c45-9000-000010000002", "application": "7f1c2a9e", "provider": {"type": \#
            "firebase", "token": "jeIjMw1jdQ2m8uXvY7k0pLz9sR4tFbN6hC-PVWF"}, "contact": {"unicity": "fleet-1"}}
            """#))
    static let names = ["7f1c2a9e": "Loyalty web push for the whole family"]

    @Test("on an 80-column terminal the line fits in 79 cells: the application gives way, the id and token stay")
    func fitsTheTerminal() {
        let line = BatchDelete.planLine(Self.subscription, names: Self.names, columns: 80)
        #expect(line.count <= 79, "\(line.count): \(line)")
        #expect(line.contains("bf58dd40-ffcd-4c45-9000-000010000002") && line.contains("Loyalty"))
        #expect(line.hasSuffix("C-PVWF") && line.contains("jeIjMw1jd"), "the token, shortened, ends the line")
    }

    @Test("a plan line read back keeps each subscription's bytes exactly as the server sent them")
    func readBackAsSent() throws {
        // Spaces and an escape the server chose: a tree would have rewritten both.
        let sent = #"{ "id" : "a1", "name": "caf\u00e9", "contact": {"id": "C1"} }"#
        let subscriptions = try Subscription.list(fromJSON: Array("[\(sent), {\"id\": \"a2\"}]".utf8))
        let record = BatchRunFile.Record(
            line: 7, contact: ContactKey(kind: .unicity, value: "fleet-1"), subscriptions: subscriptions,
            fetchError: nil, sameAs: 3)
        var line = BatchRunFile.line(for: record)
        #expect(line.last == UInt8(ascii: "\n"))
        line.removeLast()
        let read = try #require(BatchRunFile.Reader.record(from: line))
        #expect(read.line == 7 && read.contact == record.contact && read.sameAs == 3 && read.fetchError == nil)
        #expect(read.subscriptions.map { String(decoding: $0.jsonBytes, as: UTF8.self) } == [sent, #"{"id": "a2"}"#])
        #expect(BatchRunFile.Reader.record(from: Array(line.dropLast(5))) == nil, "a torn line is skipped")
        let failed = BatchRunFile.Record(
            line: 8, contact: record.contact, subscriptions: [], fetchError: "Timed out \"badly\"")
        let readFailed = try #require(
            BatchRunFile.Reader.record(from: Array(BatchRunFile.line(for: failed).dropLast())))
        #expect(readFailed.fetchError == "Timed out \"badly\"" && readFailed.subscriptions.isEmpty)
    }

    @Test("to a file or a pipe the application's column is 20 cells, whatever the terminal")
    func fixedInAFile() {
        let line = BatchDelete.planLine(Self.subscription, names: Self.names, columns: nil)
        #expect(line == "  bf58dd40-ffcd-4c45-9000-000010000002  firebase  Loyalty web push fo… jeIjMw1jdQ…C-PVWF")
        #expect(BatchDelete.planLine(Self.subscription, names: Self.names, columns: 200) == line)
    }
}

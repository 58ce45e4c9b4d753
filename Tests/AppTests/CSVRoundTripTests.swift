import ChildProcess
import Foundation
import NP6
import TestTags
import Testing

/// CSV output read back by a real CSV parser (Python's `csv` module) gives every field back:
/// sanitised like the screen, and with a leading `'` where a spreadsheet would run a formula.
@Suite(
    "End to end: CSV that a spreadsheet cannot run and a parser reads back", .serialized, .tags(.endToEnd),
    .notInFastRun)
struct CSVRoundTripTests {
    /// Every record of `csv` as parsed by Python's csv module (RFC 4180 quoting).
    static func parse(_ csv: String) async throws -> [[String]] {
        let path = NSTemporaryDirectory() + "np6-csv-\(UUID().uuidString).csv"
        try csv.write(toFile: path, atomically: true, encoding: .utf8)
        defer { unlink(path) }
        // Python's csv module reads the file back; its rows come out as JSON.
        let script =
            "import csv, json, sys; "
            + "print(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))))"
        let result = try await ChildProcess.run(
            ["python3", "-c", script, path], environment: ProcessInfo.processInfo.environment)
        #expect(result.status == 0, "\(result.output)")
        let rows = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String]]
        return try #require(rows)
    }

    /// What a cell must read as: the sanitised value, with `'` before a formula's first character.
    static func expected(_ value: String) -> String {
        let guarded = ["=", "+", "-", "@", "\t", "\r"].contains(where: { value.hasPrefix($0) }) ? "'" + value : value
        return UntrustedText.sanitized(guarded)
    }

    @Test(
        "list --format csv of formula, quote, CR LF and escape-sequence tokens round-trips",
        arguments: ["csv-injection", "mallory", "jeanne.martin@example.com"])
    func roundTrip(unicity: String) async throws {
        try await ScriptEndToEndTests.withSandbox { sandbox, state in
            let run = try await ScriptEndToEndTests.np6subs(
                ["list", "--unicity", unicity, "--format", "csv"], sandbox: sandbox, state: state)
            #expect(run.status == 0)
            #expect(run.output.hasSuffix("\r\n"), "every record ends in CR LF")
            #expect(
                !run.output.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" },
                "no control reaches the file")
            let rows = try await Self.parse(run.output)
            let served = try await sandbox.client.subscriptions(unicity: unicity)
            #expect(
                rows.first == [
                    "id", "provider", "application", "token", "created", "modified", "contact_id", "unicity", "hash",
                ])
            #expect(rows.count == served.count + 1)
            for (row, subscription) in zip(rows.dropFirst(), served) {
                #expect(row.count == 9)
                #expect(row[0] == Self.expected(subscription.id))
                #expect(row[3] == Self.expected(subscription.provider.address ?? ""), "\(subscription.id)")
            }
        }
    }
}

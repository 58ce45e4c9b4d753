import Foundation
import Journal
import NP6
import Synchronization
import TestTags
import Testing

@Suite("The deletion journal", .tags(.unit))
struct JournalTests {
    static func folder() -> String {
        NSTemporaryDirectory() + "np6-journal-\(UUID().uuidString)/np6-subs"
    }

    static let subscription = try! JSONParser.parse(
        #"{"id": "s-1", "provider": {"type": "apns", "token": "t"}, "x-unknown": [1.50]}"#)

    @Test("an intent then an outcome read back as one entry, newest first")
    func roundTrip() async throws {
        let journal = DeletionJournal(directory: Self.folder(), host: "api-cm.np6.com", operatorName: "jeanne")
        let first = try await journal.recordIntent(
            operation: .deleteSubscription, requests: ["DELETE /subscriptions/s-1"], subscriptions: [Self.subscription])
        try await journal.recordOutcome(
            entry: first, status: 204, result: .done, error: nil, duration: .milliseconds(12))
        let second = try await journal.recordIntent(
            operation: .deleteContact, requests: ["DELETE /targets/subscriptions?unicity=x"], subscriptions: [])
        let entries = try journal.entries()
        #expect(entries.map(\.id) == [second, first])
        #expect(entries[1].operatorName == "jeanne")
        #expect(entries[1].host == "api-cm.np6.com")
        #expect(entries[1].requests == ["DELETE /subscriptions/s-1"])
        #expect(entries[1].subscriptions == [Self.subscription], "the full raw JSON, unknown fields included")
        #expect(entries[1].outcomeText == "done (204)")
        #expect(entries[0].outcome == nil)
        #expect(entries[0].outcomeText == "outcome unknown")
    }

    @Test("an intent of fetched subscriptions holds their bytes as the server sent them, and reads back whole")
    func intentKeepsTheServersBytes() async throws {
        let folder = Self.folder()
        let journal = DeletionJournal(directory: folder, host: "h", operatorName: "o")
        let sent = #"{ "id" : "s-9", "name": "caf\u00e9", "contact": {"unicity": "jeanne"} }"#
        let fetched = try Subscription.list(fromJSON: Array("[\(sent)]".utf8))
        let entry = try await journal.recordIntent(
            operation: .deleteContact, requests: ["DELETE /targets/subscriptions?unicity=jeanne"], fetched: fetched,
            reason: "T-1")
        let text = try String(contentsOfFile: folder + "/journal.jsonl", encoding: .utf8)
        #expect(text.contains(#""subscriptions":[\#(sent)]}"#), "\(text)")
        let read = try #require(try journal.entries().first)
        #expect(read.id == entry && read.reason == "T-1" && read.contact?.unicity == "jeanne")
        #expect(read.subscriptions.map { $0["name"]?.stringValue } == ["café"])
    }

    @Test("the file is 0600 and its folder 0700")
    func fileModes() async throws {
        let folder = Self.folder()
        let journal = DeletionJournal(directory: folder, host: "h", operatorName: "o")
        _ = try await journal.recordIntent(operation: .deleteSubscription, requests: [], subscriptions: [])
        let fileMode = try FileManager.default.attributesOfItem(atPath: journal.path)[.posixPermissions] as? Int
        let folderMode = try FileManager.default.attributesOfItem(atPath: folder)[.posixPermissions] as? Int
        #expect(fileMode == 0o600)
        #expect(folderMode == 0o700)
    }

    @Test("a partly written last line, left by a crash, is skipped")
    func partialLastLine() async throws {
        let journal = DeletionJournal(directory: Self.folder(), host: "h", operatorName: "o")
        let id = try await journal.recordIntent(
            operation: .deleteSubscription, requests: ["DELETE /subscriptions/s-1"], subscriptions: [Self.subscription])
        let handle = try #require(FileHandle(forWritingAtPath: journal.path))
        handle.seekToEndOfFile()
        handle.write(Data(#"{"kind":"outcome","entry":"\#(id)","sta"#.utf8))
        try handle.close()
        let entries = try journal.entries()
        #expect(entries.map(\.id) == [id])
        #expect(entries[0].outcomeText == "outcome unknown")
        // And the journal can still be appended to after the torn line.
        try await journal.recordOutcome(entry: id, status: 204, result: .done, error: nil, duration: .zero)
        #expect(try journal.entries()[0].outcomeText == "done (204)")
    }

    @Test("a state folder others can write, or another user's, is refused; a planted journal link is not followed")
    func untrustedStateFolder() async throws {
        let folder = Self.folder()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let journal = DeletionJournal(directory: folder, host: "h", operatorName: "o")
        chmod(folder, 0o777)
        #expect(
            await Self.refusal {
                _ = try await journal.recordIntent(operation: .deleteContact, requests: [], subscriptions: [])
            }?
            .contains("is writable by everyone (mode 0777)") == true)
        #expect(!FileManager.default.fileExists(atPath: journal.path), "an intent was written there")
        if geteuid() == 0 {
            chmod(folder, 0o700)
            chown(folder, 65534, 65534)
            #expect(await Self.refusal { _ = try journal.entries() } == nil, "no journal yet: nothing to refuse")
            #expect(
                await Self.refusal {
                    _ = try await journal.recordIntent(operation: .deleteContact, requests: [], subscriptions: [])
                }?
                .contains("belongs to another user (uid 65534)") == true)
            chown(folder, 0, 0)
        }
        chmod(folder, 0o700)
        let elsewhere = NSTemporaryDirectory() + "np6-planted-\(UUID().uuidString)"
        _ = FileManager.default.createFile(atPath: elsewhere, contents: Data())
        defer { unlink(elsewhere) }
        symlink(elsewhere, journal.path)
        #expect(
            await Self.refusal {
                _ = try await journal.recordIntent(operation: .deleteContact, requests: [], subscriptions: [])
            }?
            .contains("is a symbolic link: refused") == true)
        #expect(await Self.refusal { _ = try journal.entries() }?.contains("is a symbolic link: refused") == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: elsewhere)).isEmpty, "the link was followed")
    }

    static func refusal(_ body: () async throws -> Void) async -> String? {
        do {
            try await body()
            return nil
        } catch {
            return String(describing: error)
        }
    }

    @Test("if the journal cannot be written, the delete is refused and nothing is sent")
    func unwritableJournalRefusesDelete() async throws {
        let blocker = NSTemporaryDirectory() + "np6-blocker-\(UUID().uuidString)"
        _ = FileManager.default.createFile(atPath: blocker, contents: Data())  // a file where the folder should be
        let journal = DeletionJournal(directory: blocker + "/np6-subs", host: "h", operatorName: "o")
        let transport = CountingTransport()
        let client = NP6Client(
            configuration: .init(baseURL: try NP6BaseURL("https://api-cm.np6.com")), apiKey: try APIKey("k"),
            transport: transport)
        let subscription = try Subscription(json: Self.subscription)
        await #expect(throws: DeletionJournal.Failure.self) {
            _ = try await JournalledRequests.deleteEach([subscription], client: client, journal: journal)
        }
        #expect(transport.count == 0)
    }
}

/// Counts requests; answers 204.
@Suite(.tags(.endToEnd), .notInFastRun)
final class CountingTransport: HTTPTransport {
    private let requests = Mutex(0)
    var count: Int { requests.withLock { $0 } }

    func send(_ request: HTTPExchangeRequest, timeout: Duration, maximumBodyBytes: Int) async throws(TransportError)
        -> HTTPExchangeResponse
    {
        requests.withLock { $0 += 1 }
        return HTTPExchangeResponse(status: 204, headers: [], body: [])
    }

    func shutdown() async {}
}

import Browser
import Foundation
import Journal
import Logging
import NP6
import Testing

@testable import App

/// The effect runner's bookkeeping, without a terminal: saves land in order.
@Suite("Effect runner: bookkeeping")
struct EffectRunnerTests {
    static func runner(state: String, client: NP6Client) throws -> EffectRunner {
        EffectRunner(
            client: client, inbox: try ActionInbox(), recentStore: RecentLookupStore(directory: state),
            journal: DeletionJournal(directory: state, host: "h", operatorName: "t"), logger: Logger(label: "test"), timeZone: .utc)
    }

    @Test("many saves of the recent lookups in a burst leave the newest list on disk")
    func savesLandInOrder() async throws {
        let state = NSTemporaryDirectory() + "np6-runner-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: state) }
        let client = NP6Client(configuration: .init(baseURL: try NP6BaseURL("http://127.0.0.1:9")), apiKey: try APIKey("k"))
        let runner = try Self.runner(state: state, client: client)
        var lists: [[RecentLookup]] = []
        // Early lists are long and the last ones short: unordered saves would let a slow early
        // one land after the last.
        for index in 0..<60 {
            let list = (0..<(60 - index) * 400).map { RecentLookup(kind: .unicity, value: "contact-\(index)-\($0)") }
            lists.append(list)
            runner.run(.saveRecentLookups(list))
        }
        await runner.saved()
        #expect(RecentLookupStore(directory: state).load() == lists.last)
        await client.shutdown()
    }
}

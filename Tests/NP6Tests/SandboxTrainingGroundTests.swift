import NP6
import NP6Sandbox
import TestTags
import Testing

/// The sandbox as a training ground: ids that never collide, and the contacts of common tickets.
@Suite("Sandbox: unique ids and the ticket contacts", .tags(.endToEnd), .notInFastRun)
struct SandboxTrainingGroundTests {
    @Test("every subscription id is unique across bulk-N, fleet-K and the seeded contacts; a contact keeps its rows")
    func uniqueIDs() async throws {
        try await LiveSandbox.with { sandbox in
            var seen: [String: String] = [:]
            let unicities =
                ["foobar", "jeanne.martin@example.com", "shared-device@example.com", "duplicate-devices@example.com"]
                + (1...40).map { "bulk-\($0)" } + (0..<30).map { "fleet-\($0)" }
            for unicity in unicities {
                for subscription in try await sandbox.client.subscriptions(unicity: unicity) {
                    let owner = subscription.contact.unicity ?? ""
                    if let earlier = seen[subscription.id], earlier != owner {
                        Issue.record("\(subscription.id) is both \(earlier)'s and \(owner)'s")
                    }
                    seen[subscription.id] = owner
                }
            }
            // bulk-5 and bulk-15 drew the same ids once; after listing both, bulk-5 is still its own.
            let again = try await sandbox.client.subscriptions(unicity: "bulk-5")
            #expect(again.count == 5)
            #expect(again.allSatisfy { $0.contact.unicity == "bulk-5" })
        }
    }

    @Test("duplicate-devices holds two subscriptions of one app and token; shared-device holds another's")
    func ticketContacts() async throws {
        try await LiveSandbox.with { sandbox in
            let duplicates = try await sandbox.client.subscriptions(unicity: "duplicate-devices@example.com")
            let pairs = duplicates.map { "\($0.application ?? "")/\($0.provider.address ?? "")" }
            #expect(Set(pairs).count < pairs.count, "two rows share an application and a token")
            let shared = try await sandbox.client.subscriptions(unicity: "shared-device@example.com")
            let ownership = ContactOwnership(key: .unicity("shared-device@example.com"), subscriptions: shared)
            #expect(ownership.foreignOwners.values.map(\.value) == ["previous-owner@example.com"])
            #expect(shared.count == 3)
        }
    }
}

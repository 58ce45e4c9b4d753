import NP6
import NP6Sandbox
import TestTags
import Testing

@Suite("NP6Client against the sandbox on a loopback port", .tags(.endToEnd), .notInFastRun)
struct ClientOperationTests {
    static let firebaseID = "0581e259-9039-487c-a94e-ff8c3944f956"
    static let apnsID = "ee3c161a-2ab2-4f10-b4f8-bd501eb14e50"
    static let fooHash = "3858f62230ac3c915f300c664312c63f"

    @Test("lists a contact by unicity, hash and contact id")
    func listsByEveryKey() async throws {
        try await LiveSandbox.with { sandbox in
            let byUnicity = try await sandbox.client.subscriptions(unicity: "foobar")
            let byHash = try await sandbox.client.subscriptions(hash: Self.fooHash)
            let byID = try await sandbox.client.subscriptions(contactID: "00000001")
            #expect(byUnicity.map(\.id) == [Self.firebaseID, Self.apnsID])
            #expect(byHash == byUnicity)
            #expect(byID == byUnicity)
            #expect(try await sandbox.client.subscriptions(of: .hash(Self.fooHash)) == byUnicity)
        }
    }

    @Test("every request carries X-Key and the np6-subs User-Agent")
    func sendsHeaders() async throws {
        try await LiveSandbox.with { sandbox in
            _ = try await sandbox.client.subscriptions(unicity: "foobar")
            _ = try await sandbox.client.applications()
            let log = await sandbox.server.store.requestLog()
            #expect(log.count == 2)
            #expect(log.allSatisfy { $0.authorized && $0.userAgent == "np6-subs/\(NP6Version.current)" })
        }
    }

    @Test("gets one subscription, deletes it, and it is then unknown")
    func getAndDeleteOne() async throws {
        try await LiveSandbox.with { sandbox in
            let one = try await sandbox.client.subscription(id: Self.apnsID)
            #expect(one.provider.type == "apns")
            try await sandbox.client.deleteSubscription(id: Self.apnsID)
            #expect(await sandbox.server.store.subscription(id: Self.apnsID) == nil)
            let error = await expectNP6Error { _ = try await sandbox.client.subscription(id: Self.apnsID) }
            #expect(error == .notFound(subject: "subscription"))
            #expect(error?.message == "404 Not Found: no such subscription.")
        }
    }

    @Test("a deleted subscription is re-created by PUT, field for field")
    func putRecreates() async throws {
        try await LiveSandbox.with { sandbox in
            let original = try await sandbox.client.subscriptions(unicity: "mallory")[0]
            #expect(original.raw["x-extra"] != nil)
            try await sandbox.client.deleteSubscription(id: original.id)
            let answer = try await sandbox.client.putSubscription(original)
            #expect(answer == original)
            let back = try await sandbox.client.subscription(id: original.id)
            #expect(back.raw == original.raw)
            #expect(back.raw.serialized() == original.raw.serialized())
        }
    }

    @Test(
        "bulk deletes by unicity, hash and contact id",
        arguments: [
            ContactKey.unicity("foobar"), .hash(fooHash), .contactID("00000001"),
        ])
    func bulkDeletes(key: ContactKey) async throws {
        try await LiveSandbox.with { sandbox in
            switch key {
            case .unicity(let value): try await sandbox.client.deleteSubscriptions(unicity: value)
            case .hash(let value): try await sandbox.client.deleteSubscriptions(hash: value)
            case .contactID(let value): try await sandbox.client.deleteSubscriptions(contactID: value)
            }
            #expect(try await sandbox.client.subscriptions(of: key).isEmpty)
            #expect(await sandbox.server.store.subscription(id: Self.firebaseID) == nil)
        }
    }

    @Test("lists the notifiable applications with their names")
    func listsApplications() async throws {
        try await LiveSandbox.with { sandbox in
            let applications = try await sandbox.client.applications()
            let names = Dictionary(uniqueKeysWithValues: applications.map { ($0.id, $0.name) })
            #expect(names["56c874e9-2f8e-4b60-ab4b-6410c3238352"] == "Shop mobile app")
            #expect(names["2399f53f-1b0e-4cbb-b81e-26c0f11359ca"] == "my mobile app")
        }
    }

    @Test(
        "awkward unicities round-trip through PUT, list by unicity and list by hash",
        arguments: [
            "a&b=c d/e?f", "bob+test@example.com", "zoë ✓ 山田 #1 %41",
        ])
    func awkwardUnicities(unicity: String) async throws {
        try await LiveSandbox.with { sandbox in
            let json = try JSONParser.parse(
                (#"{"id": "awk-1", "lifecycle": {"creation": {"date": "2025-01-01T00:00:00Z", "user": null}}, "#
                    + #""application": "a", "provider": {"type": "apns", "token": "t"}, "contact": {"type": "#
                    + #""footprint", "id": "awk", "unicity": \#(JSONValue.string(unicity).serialized())}}"#)
            )
            try await sandbox.client.putSubscription(json: json)
            let listed = try await sandbox.client.subscriptions(unicity: unicity)
            #expect(listed.map(\.id) == ["awk-1"])
            #expect(listed.first?.contact.unicity == unicity)
            let log = await sandbox.server.store.requestLog()
            #expect(log.last?.query == "unicity=" + PercentEncoding.encode(unicity))
        }
    }

    @Test("the bulk-N contact has N subscriptions")
    func bulkContact() async throws {
        try await LiveSandbox.with { sandbox in
            let list = try await sandbox.client.subscriptions(unicity: "bulk-250")
            #expect(list.count == 250)
            #expect(Set(list.map(\.id)).count == 250)
            #expect(try await sandbox.client.subscriptions(unicity: "bulk-250") == list)
        }
    }

    @Test("the transport validates a list as it arrives, and vouches only for a valid array")
    func prescanOverTheWire() async throws {
        try await LiveSandbox.with { sandbox in
            let transport = AsyncHTTPClientTransport()
            func fetch(_ path: String) async throws -> HTTPExchangeResponse {
                let request = HTTPExchangeRequest(
                    method: "GET", url: sandbox.server.baseURL + path, headers: [HTTPHeader("X-Key", LiveSandbox.key)],
                    prescan: Subscription.notedKeys)
                return try await transport.send(request, timeout: .seconds(30), maximumBodyBytes: 1 << 28)
            }
            let list = try await fetch("/targets/subscriptions?unicity=bulk-5000")
            #expect(list.body.count > 1 << 20, "many chunks")
            let elements = try #require(list.prescannedElements)
            #expect(elements == (try JSONParser.elements(ofArray: list.body[...], noting: Subscription.notedKeys)))
            #expect(elements.count == 5000)
            let refused = try await fetch("/targets/subscriptions/no-such-id")
            #expect(refused.status == 404)
            #expect(refused.prescannedElements == nil)
            await transport.shutdown()
        }
    }
}

@Suite("The sandbox's largest bulk contact and the client's answer cap agree", .tags(.endToEnd), .notInFastRun)
struct BulkSizeTests {
    @Test(
        "bulk-N up to the sandbox's maximum fits under np6-subs's 256 MiB cap, and one more is refused by the sandbox")
    func maximumFitsTheCap() async throws {
        let options = SandboxState.Options(apiKey: "k")
        let store = SandboxStore(options: options)
        // The body grows linearly with N: measure a sample and extrapolate, with the sample's
        // longest row as the per-row size so the estimate errs high.
        let sample = 2_000
        let body = await store.handle(
            SandboxRequest(method: "GET", path: "/targets/subscriptions", query: "unicity=bulk-\(sample)", apiKey: "k")
        ).body
        let perRow = Double(body.count) / Double(sample) * 1.02
        let estimate = perRow * Double(options.maximumBulkSize)
        let cap = NP6Client.Configuration(baseURL: NP6BaseURL.production).maximumResponseBytes
        #expect(
            estimate < Double(cap), "bulk-\(options.maximumBulkSize) ≈ \(Int(estimate)) bytes, the client takes \(cap)")
        let beyond = await store.handle(
            SandboxRequest(
                method: "GET", path: "/targets/subscriptions", query: "unicity=bulk-\(options.maximumBulkSize + 1)",
                apiKey: "k"))
        #expect(beyond.status == 404)
    }
}

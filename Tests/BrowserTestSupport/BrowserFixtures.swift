import Browser
import NP6
import Primitives

/// Subscriptions and states shared by the reducer and view tests. Fixed time and offset, so
/// every machine renders the same text.
public enum BrowserFixtures {
    /// 2026-01-15T12:00:00Z.
    public static let now = 1_768_478_400.0
    public static let shopID = "56c874e9-2f8e-4b60-ab4b-6410c3238352"
    public static let mobileID = "2399f53f-1b0e-4cbb-b81e-26c0f11359ca"

    public static let foobar: [Subscription] = try! Subscription.list(
        from: JSONParser.parse(
            """
            [ { "id": "0581e259-9039-487c-a94e-ff8c3944f956", "lifecycle": { "creation": { "date": \
            "2023-05-22T08:20:05.215Z", "user": null } }, "application": "56c874e9-2f8e-4b60-ab4b-6410c3238352", \
            "provider": { "type": "firebase", "token": "d4FAelIfREOTW2TPig-f9r:APA91bGQj91UnatpGQNFI6MMUxYo...." }, \
            "contact": { "type": "footprint", "id": "00000001", "unicity": "foobar", "hash": \
            "3858f62230ac3c915f300c664312c63f" } }, { "id": "ee3c161a-2ab2-4f10-b4f8-bd501eb14e50", "lifecycle": { \
            "creation": { "date": "2023-05-21T16:21:22.021Z", "user": null } }, "application": \
            "56c874e9-2f8e-4b60-ab4b-6410c3238352", "provider": { "type": "apns", "token": \
            "57b15e66ebaa9f2fb67df882821bed6c1fe622bb010cb...." }, "contact": { "type": "footprint", "id": \
            "00000001", "unicity": "foobar", "hash": "3858f62230ac3c915f300c664312c63f" } } ]
            """))

    public static let jeanne: [Subscription] = try! Subscription.list(
        from: JSONParser.parse(
            #"""
            [
              {"id": "3f9a1c2e-7b44-4d0a-9e61-2b8f5c7d1a90", "lifecycle": {"creation": {"date": \#
              "2024-02-11T10:15:42.9Z", "user": {"id": "u-4821", "name": "Jeanne Dupont"}}, "modification": {"date": \#
              "2025-10-02T08:01:17.33Z", "user": {"id": "svc-07", "name": "CRM sync"}}}, "application": \#
              "56c874e9-2f8e-4b60-ab4b-6410c3238352", "provider": {"type": "firebase", "token": \#
              "fGx1Qm9vbGVhbkZpcmViYXNlVG9rZW46QVBBOTFiSHpLc0VmX1Y3Q1RmZ0FzZjN1d2hQZ0dqZ2ZQVGJrM3BqOGJ2"}, \#
              "contact": {"type": "footprint", "id": "00000002", "unicity": "jeanne.martin@example.com", "hash": \#
              "0d5c6b5a5e0b5f5e"}},
              {"id": "8c2d7e10-55a3-4f6b-b0c9-71e4a2d93f58", "lifecycle": {"creation": {"date": \#
              "2023-09-30T21:47:03.4Z", "user": null}}, "application": "2399f53f-1b0e-4cbb-b81e-26c0f11359ca", \#
              "provider": {"type": "apns", "token": \#
              "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90"}, "contact": {"type": "footprint", \#
              "id": "00000002", "unicity": "jeanne.martin@example.com", "hash": "0d5c6b5a5e0b5f5e"}},
              {"id": "d5e6f7a8-1234-4bcd-8ef0-9a8b7c6d5e4f", "lifecycle": {"creation": {"date": \#
              "2025-06-01T12:00:00Z", "user": {"id": "u-4821", "name": "Jeanne Dupont"}}}, "application": \#
              "7f1c2a9e-4b1d-4c55-9a0e-3d2f8b6c1e07", "provider": {"type": "http", "url": \#
              "https://push.example.com/loyalty/subscribers/7a41c0de"}, "contact": {"type": "footprint", "id": \#
              "00000002", "unicity": "jeanne.martin@example.com", "hash": "0d5c6b5a5e0b5f5e"}}
            ]
            """#))

    /// Text that tries to drive the terminal, a wide-character token, an unknown provider.
    public static let hostile: [Subscription] = try! Subscription.list(
        from: JSONParser.parse(
            #"""
            [
              {"id": "e0e0e0e0-1111-4222-8333-444455556666", "lifecycle": {"creation": {"date": "not a date", \#
              "user": {"id": 42, "name": "\u001b]0;pwned\u0007Mallory"}}}, "application": \#
              "00000000-dead-4bee-8f00-000000000000", "provider": {"type": "firebase", "token": \#
              "evil\u001b[2J\u001b[31mRED\u202eTXT\r\nnext"}, "contact": {"type": "footprint", "id": "00000006", \#
              "unicity": "mallory", "hash": "h"}, "x-extra": {"nested": [1, 2.50]}},
              {"id": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a", "lifecycle": {"creation": {"date": \#
              "2025-03-03T03:03:03.3Z", "user": null}}, "application": "2399f53f-1b0e-4cbb-b81e-26c0f11359ca", \#
              "provider": {"type": "firebase", "token": "日本語トークン:APA91bTokenWithWideCharacters"}, "contact": \#
              {"type": "footprint", "id": "00000006", "unicity": "mallory", "hash": "h"}},
              {"id": "0b7e4c1d-2f3a-4e5b-8c6d-9e0f1a2b3c4d", "lifecycle": {"creation": {"date": \#
              "2024-12-24T18:30:00.000Z", "user": null}}, "application": "56c874e9-2f8e-4b60-ab4b-6410c3238352", \#
              "provider": {"type": "huawei", "token": "0861234567890123456789", "region": "eu-west"}, "contact": \#
              {"type": "footprint", "id": "00000006", "unicity": "mallory", "hash": "h"}}
            ]
            """#))

    public static let applications: [NotifiableApplication] = try! NotifiableApplication.list(
        from: JSONParser.parse(
            """
            [{"id": "\(shopID)", "name": "Shop mobile app"}, {"id": "\(mobileID)", "name": "my mobile app"},
             {"id": "7f1c2a9e-4b1d-4c55-9a0e-3d2f8b6c1e07", "name": "Loyalty web push"}]
            """))

    /// Two config profiles: a staging one and a production one (read-write, for the typed confirmation).
    public static let profiles = [
        ProfileChoice(name: "staging", host: "staging-api.example.net", keySourceKind: "env"),
        ProfileChoice(
            name: "acme-prod", label: "ACME production", host: "api-cm.np6.com", keySourceKind: "command",
            production: true),
    ]

    /// A contact with fifteen subscriptions (the issue's 80×24 case): tokens long enough to wrap.
    public static let fifteen: [Subscription] = try! Subscription.list(
        from: JSONParser.parse(
            "["
                + (1...15).map { number in
                    let two = number < 10 ? "0\(number)" : "\(number)"
                    let provider = number % 3 == 0 ? "apns" : "firebase"
                    let token = String(repeating: "tok\(two)-", count: 20)
                    let application = number % 2 == 0 ? shopID : mobileID
                    return """
                        {"id": "00000000-0000-4000-8000-0000000000\(two)", "lifecycle": {"creation": {"date": \
                        "2024-01-\(two)T10:00:00Z", "user": null}}, "application": "\(application)", \
                        "provider": {"type": "\(provider)", "token": "\(token)"}, "contact": {"type": "footprint", \
                        "id": "00000015", "unicity": "fifteen@example.com", "hash": "1515"}}
                        """
                }.joined(separator: ",") + "]"))

    public static func environment(
        readOnly: Bool = false, demo: Bool = false, profile: ProfileChoice? = nil, profiles: [ProfileChoice] = [],
        readWrite: Bool = false
    ) -> BrowserEnvironment {
        BrowserEnvironment(
            host: profile?.host ?? "api-cm.np6.com",
            writeAccess: WriteAccess(forcedBy: readOnly ? "--read-only" : nil, readWrite: readWrite),
            demo: demo, timeZone: .fixed(offsetSeconds: 3600), profile: profile, profiles: profiles)
    }

    /// A state that has looked `contact` up and received `subscriptions` and the application names.
    public static func loaded(
        _ subscriptions: [Subscription] = foobar, contact: ContactKey = .unicity("foobar"),
        size: TerminalSize = TerminalSize(rows: 40, columns: 120),
        readOnly: Bool = false, demo: Bool = false, applications: Bool = true, recentLookups: [RecentLookup] = [],
        profile: ProfileChoice? = nil, profiles: [ProfileChoice] = [], readWrite: Bool = false
    ) -> BrowserState {
        var state = BrowserState(
            environment: environment(
                readOnly: readOnly, demo: demo, profile: profile, profiles: profiles, readWrite: readWrite), size: size,
            now: now,
            recentLookups: recentLookups)
        _ = BrowserReducer.start(&state, lookingUp: .contact(contact))
        let generation = state.pending!.generation
        let effects = BrowserReducer.reduce(
            &state,
            .lookupFinished(
                generation: generation, target: .contact(contact),
                result: .success(LookupAnswer(contact: contact, subscriptions: subscriptions)),
                now: now - 3))
        buildIndexes(effects, &state)
        _ = BrowserReducer.reduce(&state, .tick(now: now))
        if applications { _ = BrowserReducer.reduce(&state, .applicationsFinished(.success(Self.applications))) }
        return state
    }

    /// Runs the `.buildIndex` effects among `effects` here and hands the reducer their indexes,
    /// as the controller does off the UI thread; returns what those answers asked for.
    @discardableResult
    public static func buildIndexes(_ effects: [Effect], _ state: inout BrowserState) -> [Effect] {
        effects.flatMap { effect -> [Effect] in
            guard case .buildIndex(let job) = effect else { return [] }
            return BrowserReducer.reduce(&state, .indexBuilt(generation: job.generation, index: job.runHere()))
        }
    }

    /// Looks `unicity` up with `o` and hands the reducer its answer (a long list's index built).
    public static func lookUp(_ unicity: String, _ subscriptions: [Subscription], _ state: inout BrowserState) {
        press([.character("o")], &state)
        _ = type(unicity, &state)
        press([.enter], &state)
        let effects = BrowserReducer.reduce(
            &state,
            .lookupFinished(
                generation: state.pending!.generation, target: .contact(.unicity(unicity)),
                result: .success(LookupAnswer(contact: .unicity(unicity), subscriptions: subscriptions)), now: now))
        buildIndexes(effects, &state)
    }

    /// Sends keys one by one; returns every effect they produced.
    @discardableResult
    public static func press(_ keys: [Key], _ state: inout BrowserState) -> [Effect] {
        keys.flatMap { BrowserReducer.reduce(&state, .key($0)) }
    }

    public static func type(_ text: String, _ state: inout BrowserState) -> [Effect] {
        press(text.map { Key.character($0) }, &state)
    }
}

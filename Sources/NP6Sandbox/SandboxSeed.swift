import Essentials
import NP6

/// The data a fresh sandbox holds: the NP6 reference's own example contact and applications,
/// a handful of realistic contacts that exercise every shape the client must tolerate, and
/// the fault contacts described in docs/sandbox.md.
enum SandboxSeed {
    static let shopApplicationID = "56c874e9-2f8e-4b60-ab4b-6410c3238352"
    static let mobileApplicationID = "2399f53f-1b0e-4cbb-b81e-26c0f11359ca"
    static let loyaltyApplicationID = "7f1c2a9e-4b1d-4c55-9a0e-3d2f8b6c1e07"
    static let newsApplicationID = "b3e8d6a2-91f4-4e7c-8d15-6a2c9f0e4b38"
    /// An application whose name is made of emoji sequences terminals draw differently.
    static let emojiApplicationID = "e3030000-0000-4000-8000-00000000e303"

    static let applicationsJSON = """
        [
          {"type": "native", "id": "\(shopApplicationID)", "name": "Shop mobile app",
           "description": "The shop's iOS and Android app", "active": true,
           "stamp": {"creation": "2022-11-03T09:12:44.51Z", "modification": "2023-04-18T15:02:10.7Z"},
           "icon": null, "providers": [{"type": "firebase", "key": "...", "sender": "np6.push"}, {"type": "apns", \
           "key": "...", "team": "ABCDE12345"}],
           "routes": [], "channels": null},
          {"type": "native", "id": "\(mobileApplicationID)", "name": "my mobile app",
           "description": "An application that handles push notifications using firebase", "active": true,
           "stamp": {"creation": "2023-01-01T12:01:02.423Z", "modification": "2023-01-07T08:23:03.1Z"},
           "icon": null, "providers": [{"type": "firebase", "key": "...", "sender": "np6.push"}], "routes": [], \
           "channels": null},
          {"type": "web", "id": "\(loyaltyApplicationID)", "name": "Loyalty web push",
           "description": "Browser notifications for the loyalty programme", "active": true,
           "stamp": {"creation": "2023-06-12T07:45:00Z", "modification": null},
           "icon": null, "providers": [{"type": "http", "url": "https://push.example.com/loyalty"}], "routes": [], \
           "channels": null},
          {"type": "native", "id": "\(newsApplicationID)", "name": "News alerts",
           "description": "Breaking news", "active": false,
           "stamp": {"creation": "2021-02-01T10:00:00.000Z", "modification": "2024-09-30T18:20:31.9Z"},
           "icon": null, "providers": [{"type": "apns", "key": "..."}], "routes": [], "channels": null},
          {"type": "native", "id": "\(emojiApplicationID)", "name": "👨‍👩‍👧 Family 🇫🇷 app 👍🏽 ❤️",
           "description": "Emoji sequences in a name", "active": true,
           "stamp": {"creation": "2024-02-02T02:02:02Z", "modification": null},
           "icon": null, "providers": [{"type": "firebase", "key": "..."}], "routes": [], "channels": null}
        ]
        """

    /// The two subscriptions of the reference's example, verbatim.
    static let referenceExampleJSON = """
        [ { "id": "0581e259-9039-487c-a94e-ff8c3944f956", "lifecycle": { "creation": { "date": \
        "2023-05-22T08:20:05.215Z", "user": null } }, "application": "56c874e9-2f8e-4b60-ab4b-6410c3238352", \
        "provider": { "type": "firebase", "token": "d4FAelIfREOTW2TPig-f9r:APA91bGQj91UnatpGQNFI6MMUxYo...." }, \
        "contact": { "type": "footprint", "id": "00000001", "unicity": "foobar", "hash": \
        "3858f62230ac3c915f300c664312c63f" } }, { "id": "ee3c161a-2ab2-4f10-b4f8-bd501eb14e50", "lifecycle": { \
        "creation": { "date": "2023-05-21T16:21:22.021Z", "user": null } }, "application": \
        "56c874e9-2f8e-4b60-ab4b-6410c3238352", "provider": { "type": "apns", "token": \
        "57b15e66ebaa9f2fb67df882821bed6c1fe622bb010cb...." }, "contact": { "type": "footprint", "id": "00000001", \
        "unicity": "foobar", "hash": "3858f62230ac3c915f300c664312c63f" } } ]
        """

    struct ContactSeed {
        var id: String
        var unicity: String
        var subscriptions: [String]
        /// Subscriptions of other contacts that this contact's list answers with too, as a
        /// server bug or a merge of contacts would.
        var alsoLists: [String] = []
    }

    /// The subscription of `previous-owner@example.com` that `shared-device@example.com`'s list holds.
    static let sharedDeviceForeignID = "f0e1d2c3-0000-4000-8000-00000000f013"

    static func footprint(id: String, unicity: String) -> String {
        """
        {\"type\": \"footprint\", \"id\": \(quoted(id)), \"unicity\": \(quoted(unicity)), \"hash\": \
        \"\(ContactHash.of(unicity: unicity))\"}
        """
    }

    static func quoted(_ text: String) -> String { JSONValue.string(text).serialized() }

    static func subscription(
        id: String, application: String, provider: String, contactID: String, unicity: String, created: String,
        creator: String = "null", modified: String? = nil, modifier: String = "null", extra: String = ""
    ) -> String {
        var lifecycle = "{\"creation\": {\"date\": \"\(created)\", \"user\": \(creator)}"
        if let modified { lifecycle += ", \"modification\": {\"date\": \"\(modified)\", \"user\": \(modifier)}" }
        lifecycle += "}"
        return """
            {"id": "\(id)", "lifecycle": \(lifecycle), "application": "\(application)", "provider": \(provider), \
            "contact": \(footprint(id: contactID, unicity: unicity))\(extra)}
            """
    }

    static let jeanne = #"{"id": "u-4821", "name": "Jeanne Dupont"}"#
    static let supportBot = #"{"id": "svc-07", "name": "CRM sync"}"#

    /// Realistic contacts beyond the reference's example.
    static var contacts: [ContactSeed] {
        let mail = "jeanne.martin@example.com"
        let plus = "bob+test@example.com"
        let unicode = "zoë.müller@exämple.de"
        let cjk = "山田太郎@例え.jp"
        let hostile = "mallory"
        return [
            ContactSeed(
                id: "00000002", unicity: mail,
                subscriptions: [
                    subscription(
                        id: "3f9a1c2e-7b44-4d0a-9e61-2b8f5c7d1a90", application: shopApplicationID,
                        provider: (#"{"type": "firebase", "token": "#
                            + #""fGx1Qm9vbGVhbkZpcmViYXNlVG9rZW46QVBBOTFiSHpLc0VmX1Y3Q1RmZ0F"#
                            + #"zZjN1d2hQZ0dqZ2ZQVGJrM3BqOGJ2"}"#),
                        contactID: "00000002", unicity: mail, created: "2024-02-11T10:15:42.9Z", creator: jeanne,
                        modified: "2025-10-02T08:01:17.33Z", modifier: supportBot),
                    subscription(
                        id: "8c2d7e10-55a3-4f6b-b0c9-71e4a2d93f58", application: mobileApplicationID,
                        provider: (#"{"type": "apns", "token": "#
                            + #""a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90"}"#),
                        contactID: "00000002", unicity: mail, created: "2023-09-30T21:47:03.4Z"),
                    subscription(
                        id: "d5e6f7a8-1234-4bcd-8ef0-9a8b7c6d5e4f", application: loyaltyApplicationID,
                        provider: #"{"type": "http", "url": "https://push.example.com/loyalty/subscribers/7a41c0de"}"#,
                        contactID: "00000002", unicity: mail, created: "2025-06-01T12:00:00Z", creator: jeanne),
                ]),
            ContactSeed(
                id: "00000003", unicity: plus,
                subscriptions: [
                    subscription(
                        id: "0b7e4c1d-2f3a-4e5b-8c6d-9e0f1a2b3c4d", application: shopApplicationID,
                        provider: (#"{"type": "huawei", "token": "#
                            + #""0861234567890123456789012345678901234567890123456789", "region": "eu-west"}"#),
                        contactID: "00000003", unicity: plus, created: "2024-12-24T18:30:00.000Z"),
                    subscription(
                        id: "6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d", application: newsApplicationID,
                        provider: (#"{"type": "firebase", "token": "#
                            + #""cQ9vX2bF3dS:APA91bE7uRkJ0pLmNnOoPpQqRrSsTtUuVvWwXxYyZz0123456789"}"#),
                        contactID: "00000003", unicity: plus, created: "2022-03-14T09:26:53.58Z",
                        modified: "2024-01-07T08:23:03.1Z", modifier: "null"),
                ]),
            ContactSeed(
                id: "00000004", unicity: unicode,
                subscriptions: [
                    subscription(
                        id: "f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9", application: shopApplicationID,
                        provider: (#"{"type": "apns", "token": "#
                            + #""ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100"}"#),
                        contactID: "00000004", unicity: unicode, created: "2025-01-15T07:07:07.7Z", creator: jeanne)
                ]),
            ContactSeed(
                id: "00000005", unicity: cjk,
                subscriptions: [
                    subscription(
                        id: "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a", application: mobileApplicationID,
                        provider: #"{"type": "firebase", "token": "日本語トークン:APA91bTokenWithWideCharacters"}"#,
                        contactID: "00000005", unicity: cjk, created: "2025-03-03T03:03:03.3Z")
                ]),
            // Text that tries to drive the terminal, and fields this client does not know.
            ContactSeed(
                id: "00000006", unicity: hostile,
                subscriptions: [
                    subscription(
                        id: "e0e0e0e0-1111-4222-8333-444455556666", application: "00000000-dead-4bee-8f00-000000000000",
                        provider: #"{"type": "firebase", "token": "evil\u001b[2J\u001b[31mRED\u202eTXT\r\nnext"}"#,
                        contactID: "00000006", unicity: hostile, created: "not a date",
                        creator: #"{"id": 42, "name": "\u001b]0;pwned\u0007Mallory"}"#,
                        extra: (#", "x-extra": {"nested": [1, 2.50, true, null], "note": "unknown to the "#
                            + #"client"}, "tags": ["a", "b"]"#)
                    )
                ]),
            // The schema's `{type, value}` contact shape.
            ContactSeed(
                id: "00000007", unicity: "value-shape@example.com",
                subscriptions: [
                    (#"{"id": "c0ffee00-0000-4000-8000-000000000007", "lifecycle": {"creation": {"date": "#
                        + #""2024-05-05T05:05:05.5Z", "user": null}}, "application": "\#(shopApplicationID)", "#
                        + #""provider": {"type": "firebase", "token": "valueShapeToken:APA91bXYZ"}, "contact": "#
                        + #"{"type": "email", "value": "value-shape@example.com"}}"#)
                ]),
            // Deletes of these subscriptions answer 503: the outcome of a delete is then unknown.
            ContactSeed(
                id: "00000008", unicity: "flaky-deletes",
                subscriptions: [
                    subscription(
                        id: "5e3d1c00-aaaa-4bbb-8ccc-ddddeeee0001", application: shopApplicationID,
                        provider: #"{"type": "firebase", "token": "flakyToken1:APA91bFlakyFlakyFlaky0001"}"#,
                        contactID: "00000008", unicity: "flaky-deletes", created: "2025-08-08T08:08:08.8Z"),
                    subscription(
                        id: "5e3d1c00-aaaa-4bbb-8ccc-ddddeeee0002", application: mobileApplicationID,
                        provider: (#"{"type": "apns", "token": "#
                            + #""0002aaaabbbbccccddddeeeeffff00001111222233334444555566667777"}"#),
                        contactID: "00000008", unicity: "flaky-deletes", created: "2025-08-09T09:09:09.9Z"),
                ]),
            // Emoji sequences whose width terminals disagree on, in names, tokens and users.
            ContactSeed(
                id: "00000010", unicity: "emoji-columns",
                subscriptions: [
                    subscription(
                        id: "e3030000-0000-4000-8000-000000000001", application: emojiApplicationID,
                        provider: #"{"type": "firebase", "token": "❤️👨‍👩‍👧🇫🇷👍🏽:APA91bEmojiToken"}"#,
                        contactID: "00000010", unicity: "emoji-columns", created: "2025-10-10T10:10:10Z",
                        creator: #"{"id": "u-1", "name": "👩‍💻 Zoé 🏳️‍🌈"}"#),
                    subscription(
                        id: "e3030000-0000-4000-8000-000000000002", application: shopApplicationID,
                        provider: #"{"type": "apns", "token": "plainplainplainplainplainplain"}"#,
                        contactID: "00000010", unicity: "emoji-columns", created: "2025-10-11T10:10:10Z"),
                ]),
            // Tokens a spreadsheet would run as formulas, and ones CSV must quote.
            ContactSeed(
                id: "00000009", unicity: "csv-injection",
                subscriptions: [
                    subscription(
                        id: "c5700000-0000-4000-8000-000000000001", application: shopApplicationID,
                        provider: #"{"type": "firebase", "token": "=HYPERLINK(\"http://evil.example\",\"click\")"}"#,
                        contactID: "00000009", unicity: "csv-injection", created: "2025-09-01T09:00:00Z"),
                    subscription(
                        id: "c5700000-0000-4000-8000-000000000002", application: shopApplicationID,
                        provider: #"{"type": "firebase", "token": "-2+3+cmd|' /C calc'!A0"}"#,
                        contactID: "00000009", unicity: "csv-injection", created: "2025-09-02T09:00:00Z"),
                    subscription(
                        id: "c5700000-0000-4000-8000-000000000003", application: shopApplicationID,
                        provider: #"{"type": "firebase", "token": "@SUM(1+1)*cmd|' /C calc'!A0"}"#,
                        contactID: "00000009", unicity: "csv-injection", created: "2025-09-03T09:00:00Z"),
                    subscription(
                        id: "c5700000-0000-4000-8000-000000000004", application: shopApplicationID,
                        provider: #"{"type": "firebase", "token": "+1, \"quoted\"\r\nsecond line"}"#,
                        contactID: "00000009", unicity: "csv-injection", created: "2025-09-04T09:00:00Z"),
                    subscription(
                        id: "c5700000-0000-4000-8000-000000000005", application: shopApplicationID,
                        provider: #"{"type": "firebase", "token": "\tTAB\u001b[31mRED"}"#,
                        contactID: "00000009", unicity: "csv-injection", created: "2025-09-05T09:00:00Z"),
                ]),
            // Dates on both sides of summer time, and one on the day the clocks go back.
            ContactSeed(
                id: "00000011", unicity: "summer-time@example.com",
                subscriptions: [
                    subscription(
                        id: "5a000000-0000-4000-8000-000000000001", application: shopApplicationID,
                        provider: #"{"type": "firebase", "token": "summerToken:APA91bSummerSummer"}"#,
                        contactID: "00000011", unicity: "summer-time@example.com", created: "2023-07-01T12:00:00Z",
                        modified: "2023-10-29T00:30:00Z", modifier: "null"),
                    subscription(
                        id: "5a000000-0000-4000-8000-000000000002", application: mobileApplicationID,
                        provider: (#"{"type": "apns", "token": "#
                            + #""0000111122223333444455556666777788889999aaaabbbbccccddddeeeeffff"}"#),
                        contactID: "00000011", unicity: "summer-time@example.com", created: "2023-01-15T12:00:00Z"),
                ]),
        ]
            + ticketContacts
            + SandboxFault.allCases.map { fault in
                ContactSeed(
                    id: fault.contactID, unicity: fault.rawValue,
                    subscriptions: [
                        subscription(
                            id: fault.subscriptionID, application: shopApplicationID,
                            provider: #"{"type": "firebase", "token": "faultToken:APA91b\#(fault.rawValue)"}"#,
                            contactID: fault.contactID, unicity: fault.rawValue, created: "2025-01-01T00:00:00Z")
                    ])
            }
    }

    /// The contacts of the common support tickets (docs/sandbox.md): duplicate devices, and a
    /// list that holds another contact's subscription.
    static var ticketContacts: [ContactSeed] {
        let duplicates = "duplicate-devices@example.com"
        let shared = "shared-device@example.com"
        let previous = "previous-owner@example.com"
        let iPhoneToken = "9c0ffee15dup1ca7e0000000000000000000000000000000000000000000a1b2"
        return [
            // The iPhone that gets every push twice: two subscriptions of one app with one token,
            // and an older one of the same app on that device with the token it had before.
            ContactSeed(
                id: "00000012", unicity: duplicates,
                subscriptions: [
                    subscription(
                        id: "d0d0d0d0-0000-4000-8000-000000000001", application: shopApplicationID,
                        provider: #"{"type": "apns", "token": "\#(iPhoneToken)"}"#,
                        contactID: "00000012", unicity: duplicates, created: "2025-11-02T08:14:00Z"),
                    subscription(
                        id: "d0d0d0d0-0000-4000-8000-000000000002", application: shopApplicationID,
                        provider: #"{"type": "apns", "token": "\#(iPhoneToken)"}"#,
                        contactID: "00000012", unicity: duplicates, created: "2025-11-02T08:14:03Z"),
                    subscription(
                        id: "d0d0d0d0-0000-4000-8000-000000000003", application: shopApplicationID,
                        provider: (#"{"type": "apns", "token": "#
                            + #""0ld70ken0ld70ken0ld70ken0ld70ken0ld70ken0ld70ken0ld70ken0ld70ken"}"#),
                        contactID: "00000012", unicity: duplicates, created: "2024-03-09T19:40:00Z"),
                    subscription(
                        id: "d0d0d0d0-0000-4000-8000-000000000004", application: mobileApplicationID,
                        provider: #"{"type": "firebase", "token": "dupFirebase:APA91bOtherAppSameDevice"}"#,
                        contactID: "00000012", unicity: duplicates, created: "2025-11-02T08:20:00Z"),
                ]),
            ContactSeed(
                id: "00000014", unicity: previous,
                subscriptions: [
                    subscription(
                        id: sharedDeviceForeignID, application: shopApplicationID,
                        provider: #"{"type": "firebase", "token": "prevOwner:APA91bTheTabletTheyGaveAway"}"#,
                        contactID: "00000014", unicity: previous, created: "2023-12-24T10:00:00Z")
                ]),
            // Its list answers with previous-owner's subscription too (a merge of contacts).
            ContactSeed(
                id: "00000013", unicity: shared,
                subscriptions: [
                    subscription(
                        id: "5ba7ed00-0000-4000-8000-000000000001", application: shopApplicationID,
                        provider: #"{"type": "firebase", "token": "sharedOwn:APA91bTheirOwnPhone"}"#,
                        contactID: "00000013", unicity: shared, created: "2025-05-05T09:00:00Z"),
                    subscription(
                        id: "5ba7ed00-0000-4000-8000-000000000002", application: loyaltyApplicationID,
                        provider: #"{"type": "http", "url": "https://push.example.com/loyalty/subscribers/5ba7ed"}"#,
                        contactID: "00000013", unicity: shared, created: "2025-05-06T09:00:00Z"),
                ],
                alsoLists: [sharedDeviceForeignID]),
        ]
    }

    /// A contact `bulk-N` with N generated subscriptions, built on first lookup; a `fleet-K`
    /// contact passes its own id and seed, so that each of a fleet has subscriptions of its own.
    static func bulkSubscriptions(
        count: Int, unicity: String, contactID given: String? = nil, seed: UInt64? = nil,
        family: GeneratedIDFamily? = nil
    ) -> [JSONValue] {
        let contactID = given ?? "B" + String(count)
        let family = family ?? .bulk(count)
        let contact = JSONValue.object(
            JSONObject([
                "type": .string("footprint"), "id": .string(contactID), "unicity": .string(unicity),
                "hash": .string(ContactHash.of(unicity: unicity)),
            ]))
        let applications = [shopApplicationID, mobileApplicationID, loyaltyApplicationID, newsApplicationID]
        var generator = SplitMix64(seed: seed ?? UInt64(count))
        var result: [JSONValue] = []
        result.reserveCapacity(count)
        for index in 0..<count {
            let providerKind = index % 3
            let token: String
            let providerType: String
            switch providerKind {
            case 0:
                providerType = "firebase"
                token =
                    generator.token(alphabet: SplitMix64.base64url, length: 22) + ":APA91b"
                    + generator.token(alphabet: SplitMix64.base64url, length: 134)
            case 1:
                providerType = "apns"
                token = generator.token(alphabet: SplitMix64.hex, length: 64)
            default:
                providerType = "firebase"
                token =
                    generator.token(alphabet: SplitMix64.base64url, length: 22) + ":APA91b"
                    + generator.token(alphabet: SplitMix64.base64url, length: 120)
            }
            let created = 1_600_000_000 + Int(generator.next() % 150_000_000)
            var lifecycle = JSONObject([
                "creation": .object(JSONObject(["date": .string(isoDate(created)), "user": .null]))
            ])
            if index % 4 == 0 {
                let user: JSONValue =
                    index % 8 == 0
                    ? .null
                    : .object(JSONObject(["id": .string("u-\(index % 97)"), "name": .string("Agent \(index % 97)")]))
                lifecycle["modification"] = .object(
                    JSONObject(["date": .string(isoDate(created + Int(generator.next() % 20_000_000))), "user": user]))
            }
            result.append(
                .object(
                    JSONObject([
                        "id": .string(family.id(random: generator.uuid(), index: index)),
                        "lifecycle": .object(lifecycle),
                        "application": .string(applications[index % applications.count]),
                        "provider": .object(JSONObject(["type": .string(providerType), "token": .string(token)])),
                        "contact": contact,
                    ])))
        }
        return result
    }

    static func isoDate(_ secondsSince1970: Int) -> String {
        ISO8601Timestamp(secondsSince1970: Double(secondsSince1970)).iso8601String
    }
}

import Foundation
import NP6
import TestTags
import Testing

@Suite("Decoding the reference's examples and odd shapes", .tags(.unit))
struct ModelDecodingTests {
    @Test("the reference's two example subscriptions decode from its exact JSON")
    func referenceListDecodes() throws {
        let list = try Subscription.list(from: try JSONParser.parse(Fixtures.referenceList))
        #expect(list.count == 2)
        let firebase = list[0]
        #expect(firebase.id == "0581e259-9039-487c-a94e-ff8c3944f956")
        #expect(
            firebase.provider
                == .token(type: "firebase", token: "d4FAelIfREOTW2TPig-f9r:APA91bGQj91UnatpGQNFI6MMUxYo...."))
        #expect(firebase.application == "56c874e9-2f8e-4b60-ab4b-6410c3238352")
        #expect(
            firebase.contact == .footprint(id: "00000001", unicity: "foobar", hash: "3858f62230ac3c915f300c664312c63f"))
        #expect(firebase.lifecycle.creation?.dateText == "2023-05-22T08:20:05.215Z")
        #expect(firebase.lifecycle.creation?.user == nil)
        #expect(firebase.lifecycle.modification == nil)
        let apns = list[1]
        #expect(apns.id == "ee3c161a-2ab2-4f10-b4f8-bd501eb14e50")
        #expect(apns.provider.type == "apns")
        #expect(apns.provider.token == "57b15e66ebaa9f2fb67df882821bed6c1fe622bb010cb....")
    }

    @Test("the np6-api.md example keeps its modification user and varying fraction length")
    func referenceSubscriptionDecodes() throws {
        let subscription = try Subscription(json: try JSONParser.parse(Fixtures.referenceSubscription))
        let modification = try #require(subscription.lifecycle.modification)
        #expect(modification.user == LifecycleUser(id: "…", name: "…"))
        #expect(modification.dateText == "2024-01-07T08:23:03.1Z")
        let created = try #require(subscription.lifecycle.creation?.date)
        let modified = try #require(modification.date)
        #expect(created.secondsSince1970 == 1_684_743_605.215)
        #expect(abs(modified.secondsSince1970 - 1_704_615_783.1) < 0.0001)
    }

    @Test("an application decodes; an odd entry in the list is skipped, not fatal")
    func applicationDecodes() throws {
        let application = try NotifiableApplication(json: try JSONParser.parse(Fixtures.referenceApplication))
        #expect(application.id == "2399f53f-1b0e-4cbb-b81e-26c0f11359ca")
        #expect(application.name == "my mobile app")
        let list = try NotifiableApplication.list(
            from: try JSONParser.parse("[\(Fixtures.referenceApplication), {\"name\": \"no id\"}, 7]"))
        #expect(list.map(\.id) == ["2399f53f-1b0e-4cbb-b81e-26c0f11359ca"])
    }

    @Test("an http provider carries its url")
    func httpProvider() throws {
        let provider = Provider(json: try JSONParser.parse(#"{"type": "http", "url": "https://push.example.com/x"}"#))
        #expect(provider == .http(url: "https://push.example.com/x"))
        #expect(provider.token == nil)
        #expect(provider.address == "https://push.example.com/x")
    }

    @Test("an unknown provider type keeps every raw field")
    func unknownProvider() throws {
        let provider = Provider(
            json: try JSONParser.parse(#"{"type": "huawei", "token": "086abc", "region": "eu", "n": 3}"#))
        guard case .other(let type, let fields) = provider else {
            Issue.record("expected .other, got \(provider)")
            return
        }
        #expect(type == "huawei")
        #expect(fields.keys == ["token", "region", "n"])
        #expect(fields["n"] == .number("3"))
        #expect(provider.token == "086abc")
    }

    @Test("a firebase provider with extra fields is kept whole as .other")
    func knownTypeWithExtraFields() throws {
        let provider = Provider(json: try JSONParser.parse(#"{"type": "firebase", "token": "t", "sandbox": true}"#))
        #expect(provider.type == "firebase")
        #expect(provider.token == "t")
        if case .other(_, let fields) = provider {
            #expect(fields["sandbox"] == .bool(true))
        } else {
            Issue.record("extra field lost")
        }
    }

    @Test("a missing or non-object provider decodes as unknown")
    func missingProvider() throws {
        #expect(Provider(json: nil).type == "unknown")
        #expect(Provider(json: .string("firebase")).type == "unknown")
    }

    @Test("contacts: footprint, the schema's {type, value}, and anything else")
    func contactShapes() throws {
        #expect(
            Contact(json: try JSONParser.parse(#"{"type": "footprint", "id": "1", "unicity": "u", "hash": "h"}"#))
                == .footprint(id: "1", unicity: "u", hash: "h"))
        #expect(
            Contact(json: try JSONParser.parse(#"{"type": "footprint", "id": "1"}"#))
                == .footprint(id: "1", unicity: nil, hash: nil))
        let value = Contact(json: try JSONParser.parse(#"{"type": "email", "value": "a@b.c"}"#))
        #expect(value == .value(type: "email", value: "a@b.c"))
        #expect(value.value == "a@b.c")
        let other = Contact(json: try JSONParser.parse(#"{"type": "crm", "ref": 12, "unicity": "x"}"#))
        #expect(other.type == "crm")
        #expect(other.unicity == "x")
        #expect(Contact(json: nil).type == "unknown")
    }

    @Test("missing optional fields never fail decoding")
    func minimalSubscription() throws {
        let subscription = try Subscription(json: try JSONParser.parse(#"{"id": "s-1"}"#))
        #expect(subscription.application == nil)
        #expect(subscription.lifecycle == Lifecycle())
        #expect(subscription.provider.type == "unknown")
        #expect(subscription.contact.type == "unknown")
    }

    @Test("a lifecycle user is null (system) or {id, name}; an unparsable date keeps its text")
    func lifecycleUsers() throws {
        let json = try JSONParser.parse(
            (#"{"creation": {"date": "yesterday", "user": {"id": 42, "name": "Ann"}}, "modification": {"date": "#
                + #""2024-01-07T08:23:03Z", "user": null}}"#)
        )
        let subscription = try Subscription(json: .object(JSONObject(["id": .string("x"), "lifecycle": json])))
        #expect(subscription.lifecycle.creation?.user == LifecycleUser(id: "42", name: "Ann"))
        #expect(subscription.lifecycle.creation?.date == nil)
        #expect(subscription.lifecycle.creation?.dateText == "yesterday")
        #expect(subscription.lifecycle.modification?.user == nil)
        #expect(subscription.lifecycle.modification?.date != nil)
    }

    @Test("a subscription without an id, or a list that is not an array, is a clear error")
    func shapeErrors() throws {
        #expect(throws: NP6ModelError(reason: "a subscription has no \"id\"")) {
            try Subscription(json: try JSONParser.parse("{}"))
        }
        #expect(throws: NP6ModelError(reason: "item 1: a subscription is not a JSON object")) {
            try Subscription.list(from: try JSONParser.parse(#"[{"id": "a"}, 3]"#))
        }
        #expect(throws: NP6ModelError.self) { try Subscription.list(from: try JSONParser.parse("{}")) }
    }

    @Test("encoding a decoded subscription gives back every field, unknown ones included")
    func roundTripKeepsUnknownFields() throws {
        let text =
            (#"{"id":"r-1","lifecycle":{"creation":{"date":"2023-05-22T08:20:05.215Z","user":null}},"#
                + #""application":"a","provider":{"type":"apns","token":"t"},"contact":{"type":"footprint","id":"1","#
                + #""unicity":"u","hash":"h"},"x-extra":{"nested":[1,2.50,true,null,-0.0e+3]},"tags":["é","\u0001"]}"#)
        let subscription = try Subscription(json: try JSONParser.parse(text))
        let encoded = subscription.raw.serialized()
        #expect(encoded == text)
        let again = try Subscription(json: try JSONParser.parse(encoded))
        #expect(again == subscription)
        #expect(
            again.raw["x-extra"]?["nested"]
                == .array([.number("1"), .number("2.50"), .bool(true), .null, .number("-0.0e+3")]))
    }
}

@Suite("Subscriptions keep where their id and contact are", .tags(.unit))
struct SubscriptionLandmarkTests {
    @Test("a list's ids and contacts read the same whether the pass noted them or they were looked up")
    func notedOrLookedUp() throws {
        let text =
            #"[{"\u0069d":"by escape","contact":{"id":"1"}},{"id":"a\"b","x":1},{"contact":{"id":"2"},"id":"last"}]"#
        let listed = try Subscription.list(fromJSON: Array(text.utf8))
        #expect(listed.map(\.id) == ["by escape", "a\"b", "last"])
        #expect(listed.map(\.contact.id) == ["1", nil, "2"])
        #expect(listed[1].contactBytes == nil)
        let parsed = try Subscription.list(from: try JSONParser.parse(text))
        #expect(parsed.map(\.id) == listed.map(\.id))
        #expect(parsed.map(\.contact) == listed.map(\.contact))
    }

    @Test("an id that is not a string, or no id, is refused with the row's position")
    func idShape() {
        #expect(throws: SubscriptionListError.self) { try Subscription.list(fromJSON: Array(#"[{"id":1}]"#.utf8)) }
        for text in [#"[{"id":"a"},{"id":1}]"#, #"[{"id":"a"},{"x":"1"}]"#] {
            do {
                _ = try Subscription.list(fromJSON: Array(text.utf8))
                Issue.record("\(text) was accepted")
            } catch {
                guard case .shape(let shape) = error else {
                    Issue.record("\(error)")
                    continue
                }
                #expect(shape.reason == "item 1: a subscription has no \"id\"")
            }
        }
    }

    @Test("a prescanned list is the same list")
    func prescanned() throws {
        let bytes = Array(Fixtures.referenceList.utf8)
        var prescan = JSONArrayPrescan(noting: Subscription.notedKeys)
        prescan.advance(over: Array(bytes[..<300]))
        let elements = prescan.finish(bytes)
        #expect(elements != nil)
        #expect(try Subscription.list(fromJSON: bytes, prescanned: elements) == Subscription.list(fromJSON: bytes))
    }
}

import NP6
import TestTags
import Testing

@Suite("Contact ownership: which rows of a list are another contact's", .tags(.unit))
struct ContactOwnershipTests {
    static func row(_ id: String, contactID: String?, unicity: String?, hash: String?) throws -> Subscription {
        var contact = JSONObject(["type": .string("footprint")])
        if let contactID { contact["id"] = .string(contactID) }
        if let unicity { contact["unicity"] = .string(unicity) }
        if let hash { contact["hash"] = .string(hash) }
        return try Subscription(
            json: .object(JSONObject(["id": .string(id), "contact": .object(contact)])))
    }

    @Test("by unicity: a row of another unicity is foreign, named by its unicity")
    func byUnicity() throws {
        let rows = [
            try Self.row("a", contactID: "1", unicity: "jeanne", hash: "AA"),
            try Self.row("b", contactID: "2", unicity: "paul", hash: "bb"),
        ]
        let ownership = ContactOwnership(key: .unicity("jeanne"), subscriptions: rows)
        #expect(ownership.foreignOwners == ["b": .unicity("paul")])
    }

    @Test("by hash: the id learnt from matching rows exposes a row with the same hash case but another id")
    func byHashLearnsID() throws {
        let rows = [
            try Self.row("a", contactID: "1", unicity: nil, hash: "AA"),
            try Self.row("b", contactID: "9", unicity: nil, hash: nil),
            try Self.row("c", contactID: nil, unicity: nil, hash: "aa"),
        ]
        let ownership = ContactOwnership(key: .hash("aa"), subscriptions: rows)
        #expect(ownership.foreignOwners == ["b": .contactID("9")], "hash case says nothing; c names no other field")
    }

    @Test("rows that agree, or that name nothing, are the contact's")
    func agreeing() throws {
        let rows = [
            try Self.row("a", contactID: "1", unicity: "jeanne", hash: nil),
            try Self.row("b", contactID: nil, unicity: nil, hash: nil),
        ]
        #expect(ContactOwnership(key: .contactID("1"), subscriptions: rows).isEmpty)
        #expect(ContactOwnership(key: nil, subscriptions: rows).isEmpty)
    }
}

@Suite("Contact ownership over decoded answers", .tags(.unit))
struct ContactOwnershipAnswerTests {
    static func answer(_ contacts: [(id: String, unicity: String)], from first: Int = 0) throws -> [Subscription] {
        let rows = contacts.enumerated().map { position, contact in
            #"{"id":"s\#(first + position)","contact":{"id":"\#(contact.id)","unicity":"\#(contact.unicity)"}}"#
        }
        return try Subscription.list(fromJSON: Array("[\(rows.joined(separator: ","))]".utf8))
    }

    @Test("alternating contacts in one answer: each row judged by its own")
    func alternating() throws {
        let rows = try Self.answer([("1", "jeanne"), ("2", "paul"), ("1", "jeanne"), ("2", "paul"), ("2", "paul")])
        let ownership = ContactOwnership(key: .unicity("jeanne"), subscriptions: rows)
        #expect(ownership.foreignOwners == ["s1": .unicity("paul"), "s3": .unicity("paul"), "s4": .unicity("paul")])
    }

    @Test("rows of two answers with equal contacts are one contact; unequal ones are not")
    func acrossAnswers() throws {
        let first = try Self.answer([("1", "jeanne"), ("1", "jeanne")])
        let second = try Self.answer([("1", "jeanne"), ("3", "jeanne"), ("3", "jeanne")], from: 2)
        let ownership = ContactOwnership(key: .contactID("1"), subscriptions: first + second)
        #expect(ownership.foreignOwners == ["s3": .unicity("jeanne"), "s4": .unicity("jeanne")])
    }
}

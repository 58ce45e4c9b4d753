import Browser
import BrowserTestSupport
import NP6
import Primitives
import TestTags
import Testing

/// A list answer that holds another contact's subscription: flagged, and never deleted as the
/// looked-up contact's.
@Suite("Foreign rows: flagged, and left out of every delete but their own", .tags(.unit))
struct ForeignRowTests {
    static let foreign = try! Subscription(
        json: try! JSONParser.parse(
            #"{"id": "f0e1d2c3", "application": "56c874e9-2f8e-4b60-ab4b-6410c3238352", "#
                + #""provider": {"type": "firebase", "token": "prevOwner:APA91b"}, "contact": {"type": "footprint", "#
                + #""id": "00000014", "unicity": "previous-owner", "hash": "44ed"}}"#))

    static func loaded() -> BrowserState {
        BrowserFixtures.loaded(BrowserFixtures.foobar + [foreign])
    }

    @Test("the foreign row is known by its id, with its owner")
    func flagged() {
        let state = Self.loaded()
        #expect(state.ownership.foreignOwners == ["f0e1d2c3": .unicity("previous-owner")])
        let detail = state.detail(of: Self.foreign, width: 60)
        #expect(detail.lines.first?.value.contains("belongs to unicity previous-owner") == true)
    }

    @Test("d on it asks for the owner's unicity, and the journal names the owner")
    func singleDelete() throws {
        var state = Self.loaded()
        BrowserFixtures.press([.end, .character("d")], &state)
        guard case .confirmation(let confirmation)? = state.overlay, let typed = confirmation.typed else {
            Issue.record("no typed confirmation")
            return
        }
        #expect(typed.expected == "previous-owner")
        _ = BrowserFixtures.type("previous-owner", &state)
        let effects = BrowserFixtures.press([.enter], &state)
        guard case .deleteSubscriptions(_, let subscriptions, let note)? = effects.first else {
            Issue.record("no delete: \(effects)")
            return
        }
        #expect(subscriptions.map(\.id) == ["f0e1d2c3"])
        #expect(note.contact == .unicity("previous-owner"))
    }

    @Test("marked deletes leave it out and name it; marking it alone deletes nothing")
    func markedDelete() {
        var state = Self.loaded()
        BrowserFixtures.press([.character(" "), .character(" "), .character(" "), .character("d")], &state)
        guard case .confirmation(let confirmation)? = state.overlay else {
            Issue.record("no confirmation")
            return
        }
        #expect(confirmation.subscriptions.count == 2)
        #expect(confirmation.leftOut.map(\.id) == ["f0e1d2c3"])

        var alone = Self.loaded()
        BrowserFixtures.press([.end, .character(" "), .character("d")], &alone)
        #expect(alone.overlay == nil)
        #expect(alone.flash?.text.contains("another contact's") == true)
    }

    @Test("D deletes the contact's own rows one by one (the bulk DELETE would take the foreign row too)")
    func deleteAll() {
        var state = Self.loaded()
        BrowserFixtures.press([.character("D")], &state)
        guard case .confirmation(let confirmation)? = state.overlay,
            case .deleteOwn(_, let own, _) = confirmation.subject
        else {
            Issue.record("no delete of the contact's own rows: \(String(describing: state.overlay))")
            return
        }
        #expect(own.count == 2)
        #expect(confirmation.leftOut.map(\.id) == ["f0e1d2c3"])
        _ = BrowserFixtures.type("foobar", &state)
        let effects = BrowserFixtures.press([.enter], &state)
        guard case .deleteSubscriptions(_, let subscriptions, _)? = effects.first else {
            Issue.record("no per-row delete: \(effects)")
            return
        }
        #expect(!subscriptions.contains { $0.id == "f0e1d2c3" })
    }
}

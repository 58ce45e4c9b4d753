import Browser
import BrowserTestSupport
import NP6
import TestTags
import Testing

@Suite("Copying: c for the token, C for the menu", .tags(.unit))
struct CopyMenuTests {
    static func copied(_ effects: [Effect]) -> (text: String, what: String)? {
        for effect in effects { if case .copyToClipboard(let text, let what) = effect { return (text, what) } }
        return nil
    }

    @Test(
        "C then 1 to 5: token, id, contact, the JSON as sent, a curl command without the key; each says what it copied")
    func menu() throws {
        var state = BrowserFixtures.loaded()
        let subscription = try #require(state.selectedSubscription)
        BrowserFixtures.press([.character("C")], &state)
        guard case .copyMenu(let menu)? = state.overlay else {
            Issue.record("no menu")
            return
        }
        #expect(
            menu.choices.map(\.label) == [
                "token", "subscription id", "contact unicity", "JSON as sent", "curl command",
            ])

        let token = try #require(Self.copied(BrowserFixtures.press([.character("1")], &state)))
        #expect(token.text == "d4FAelIfREOTW2TPig-f9r:APA91bGQj91UnatpGQNFI6MMUxYo....")
        #expect(token.what == "token (55 characters)")
        #expect(state.overlay == nil, "a copy closes the menu")

        BrowserFixtures.press([.character("C")], &state)
        let id = try #require(Self.copied(BrowserFixtures.press([.character("2")], &state)))
        #expect(id == (subscription.id, "subscription id (36 characters)"))

        BrowserFixtures.press([.character("C")], &state)
        #expect(try #require(Self.copied(BrowserFixtures.press([.character("3")], &state))).text == "foobar")

        BrowserFixtures.press([.character("C")], &state)
        let json = try #require(Self.copied(BrowserFixtures.press([.character("4")], &state)))
        #expect(Array(json.text.utf8) == Array(subscription.jsonBytes), "byte for byte as the server sent it")

        BrowserFixtures.press([.character("C")], &state)
        let curl = try #require(Self.copied(BrowserFixtures.press([.character("5")], &state)))
        #expect(
            curl.text == "curl -sS -H \"X-Key: $NP6_API_KEY\" 'https://api-cm.np6.com/subscriptions/\(subscription.id)'"
        )
        #expect(curl.what.hasPrefix("curl command"))
    }

    @Test("the menu moves with j/k and copies the focused line on Enter; Esc closes it without copying")
    func focusAndClose() throws {
        var state = BrowserFixtures.loaded()
        BrowserFixtures.press([.character("C"), .character("j"), .character("j"), .character("k")], &state)
        let copied = try #require(Self.copied(BrowserFixtures.press([.enter], &state)))
        #expect(copied.what.hasPrefix("subscription id"))
        BrowserFixtures.press([.character("C")], &state)
        #expect(BrowserFixtures.press([.escape], &state).isEmpty)
        #expect(state.overlay == nil)
    }

    @Test(
        "looked up by hash, the contact line is the unicity the subscription names; a hostile token is copied escaped")
    func contactAndHostile() throws {
        var state = BrowserFixtures.loaded(BrowserFixtures.hostile, contact: .unicity("mallory"))
        BrowserFixtures.press([.character("C")], &state)
        let token = try #require(Self.copied(BrowserFixtures.press([.character("1")], &state)))
        #expect(!token.text.contains("\u{1B}"))
        #expect(token.what.contains("escaped"))
        var byHash = BrowserFixtures.loaded(contact: .hash("3858f62230ac3c915f300c664312c63f"))
        BrowserFixtures.press([.character("C")], &byHash)
        guard case .copyMenu(let menu)? = byHash.overlay else {
            Issue.record("no menu")
            return
        }
        #expect(menu.choices[2].label == "contact unicity" && menu.choices[2].text == "foobar")
    }
}

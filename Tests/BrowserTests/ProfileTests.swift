import Browser
import BrowserTestSupport
import NP6
import TestTags
import Testing

@Suite("Profiles: P switches, production is marked and typed", .tags(.unit))
struct ProfileTests {
    static let staging = BrowserFixtures.profiles[0]
    static let production = BrowserFixtures.profiles[1]

    static func switchEffect(_ effects: [Effect]) -> (generation: Int, profile: String)? {
        for effect in effects {
            if case .switchProfile(let generation, let profile) = effect { return (generation, profile) }
        }
        return nil
    }

    @Test(
        """
        P lists the profiles with the current one focused; Enter on another reads its key first, cancelling what \
        is in flight
        """
    )
    func pickAndSwitch() throws {
        var state = BrowserFixtures.loaded(profile: Self.staging, profiles: BrowserFixtures.profiles)
        BrowserFixtures.press([.character("P")], &state)
        guard case .profilePicker(let picker)? = state.overlay else {
            Issue.record("no picker")
            return
        }
        #expect(picker.profiles.map(\.name) == ["staging", "acme-prod"])
        #expect(picker.focus == 0, "the current profile is focused")

        // A lookup in flight when the switch starts is cancelled.
        BrowserFixtures.press([.escape, .character("r")], &state)
        let lookup = try #require(state.pending?.generation)
        BrowserFixtures.press([.character("P"), .character("j")], &state)
        let effects = BrowserFixtures.press([.enter], &state)
        #expect(effects.contains(.cancel(generation: lookup)))
        let switching = try #require(Self.switchEffect(effects))
        #expect(switching.profile == "acme-prod")
        #expect(state.connection.profile?.name == "staging", "nothing moves before the key is read")
        #expect(state.pending?.activity == "switching to acme-prod")
    }

    @Test("once switched: marks, undo and history are gone, the header's connection is the new one, the prompt opens")
    func switched() throws {
        var state = BrowserFixtures.loaded(profile: Self.staging, profiles: BrowserFixtures.profiles)
        // Something to undo, a contact to go back to, and a mark.
        BrowserFixtures.press([.character("d"), .character("y")], &state)
        _ = BrowserReducer.reduce(
            &state,
            .deleteFinished(
                generation: state.pending!.generation,
                results: [RequestResult(subscription: BrowserFixtures.foobar[0], error: nil)]))
        BrowserFixtures.press([.character("o")], &state)
        _ = BrowserFixtures.type("jeanne", &state)
        BrowserFixtures.press([.enter], &state)
        _ = BrowserReducer.reduce(
            &state,
            .lookupFinished(
                generation: state.pending!.generation, target: .contact(.unicity("jeanne")),
                result: .success(LookupAnswer(contact: .unicity("jeanne"), subscriptions: BrowserFixtures.jeanne)),
                now: BrowserFixtures.now))
        BrowserFixtures.press([.character(" ")], &state)
        #expect(!state.marked.isEmpty && !state.lastDeleted.isEmpty && !state.backHistory.isEmpty)
        BrowserFixtures.press([.character("P"), .character("j")], &state)
        let switching = try #require(Self.switchEffect(BrowserFixtures.press([.enter], &state)))
        let connection = state.environment.connection(for: Self.production, baseURL: .production)
        let effects = BrowserReducer.reduce(
            &state, .profileSwitched(generation: switching.generation, connection: connection))
        #expect(effects == [.loadApplications], "the new account's application names")
        #expect(state.connection.profile?.name == "acme-prod")
        #expect(state.connection.isProduction)
        #expect(
            state.marked.isEmpty && state.lastDeleted.isEmpty && state.backHistory.isEmpty
                && state.forwardHistory.isEmpty)
        #expect(state.contact == nil && state.subscriptions.isEmpty)
        guard case .prompt? = state.overlay else {
            Issue.record("the lookup prompt did not open")
            return
        }
        BrowserFixtures.press([.escape, .character("u")], &state)
        #expect(state.flash?.text.contains("undo belongs to the profile") == true, "\(String(describing: state.flash))")
    }

    @Test("a key that cannot be read leaves the session where it was, with a banner that says why")
    func switchFails() throws {
        var state = BrowserFixtures.loaded(profile: Self.staging, profiles: BrowserFixtures.profiles)
        BrowserFixtures.press([.character("P"), .character("j")], &state)
        let switching = try #require(Self.switchEffect(BrowserFixtures.press([.enter], &state)))
        _ = BrowserReducer.reduce(
            &state,
            .profileSwitchFailed(
                generation: switching.generation, profile: "acme-prod",
                message: "key_command `pass show x` exited with status 1"))
        #expect(state.connection.profile?.name == "staging")
        #expect(state.subscriptions.count == BrowserFixtures.foobar.count, "the contact is still there")
        #expect(state.banner?.title == "Cannot switch to acme-prod")
        #expect(state.banner?.message.contains("Still on staging") == true)
    }

    @Test("Esc cancels a switch waiting for its key command; a late answer is ignored")
    func cancelSwitch() throws {
        var state = BrowserFixtures.loaded(profile: Self.staging, profiles: BrowserFixtures.profiles)
        BrowserFixtures.press([.character("P"), .character("j")], &state)
        let switching = try #require(Self.switchEffect(BrowserFixtures.press([.enter], &state)))
        #expect(BrowserFixtures.press([.escape], &state) == [.cancel(generation: switching.generation)])
        _ = BrowserReducer.reduce(
            &state,
            .profileSwitched(
                generation: switching.generation,
                connection: state.environment.connection(for: Self.production, baseURL: .production)))
        #expect(state.connection.profile?.name == "staging")
    }

    @Test("without profiles P says how to get some; the current one again changes nothing")
    func nothingToSwitch() {
        var state = BrowserFixtures.loaded()
        #expect(BrowserFixtures.press([.character("P")], &state).isEmpty)
        #expect(state.overlay == nil)
        #expect(state.flash?.text.contains("config init") == true)
        #expect(
            !BrowserReducer.hints(for: state).contains { $0.text == "profile" }, "the status line does not offer it")
        var onStaging = BrowserFixtures.loaded(profile: Self.staging, profiles: BrowserFixtures.profiles)
        #expect(BrowserFixtures.press([.character("P"), .enter], &onStaging).isEmpty)
        #expect(onStaging.flash?.text == "Already on staging")
    }

    @Test("on production, D asks for the profile's name and the unicity; the unicity alone does nothing")
    func typedProfileName() throws {
        var state = BrowserFixtures.loaded(profile: Self.production, profiles: BrowserFixtures.profiles)
        BrowserFixtures.press([.character("D")], &state)
        guard case .confirmation(let confirmation)? = state.overlay, let typed = confirmation.typed else {
            Issue.record("no typed confirmation")
            return
        }
        #expect(typed.expected == "acme-prod/foobar")
        #expect(typed.instruction.contains("profile's name"))
        _ = BrowserFixtures.type("foobar", &state)
        #expect(BrowserFixtures.press([.enter], &state).isEmpty, "the unicity alone deleted")
        BrowserFixtures.press([.control("u")], &state)
        _ = BrowserFixtures.type("acme-prod/foobar", &state)
        let effects = BrowserFixtures.press([.enter], &state)
        #expect(effects.contains { if case .deleteAll = $0 { true } else { false } })
    }

    @Test("looked up by hash on production, D asks for the profile's name and the count")
    func typedProfileAndCount() throws {
        var state = BrowserFixtures.loaded(
            contact: .hash("3858f62230ac3c915f300c664312c63f"), profile: Self.production,
            profiles: BrowserFixtures.profiles)
        BrowserFixtures.press([.character("D")], &state)
        guard case .confirmation(let confirmation)? = state.overlay, let typed = confirmation.typed else {
            Issue.record("no typed confirmation")
            return
        }
        #expect(typed.expected == "acme-prod/\(BrowserFixtures.foobar.count)")
    }

    @Test("a read-only profile refuses d and D unless --read-write; flags force read-only whatever the profile")
    func readOnlyProfile() {
        let readOnly = ProfileChoice(name: "audit", host: "api-cm.np6.com", keySourceKind: "file", readOnly: true)
        var state = BrowserFixtures.loaded(profile: readOnly, profiles: [readOnly])
        #expect(state.connection.readOnly)
        #expect(BrowserFixtures.press([.character("d")], &state).isEmpty)
        #expect(state.overlay == nil)
        let lifted = BrowserFixtures.loaded(profile: readOnly, profiles: [readOnly], readWrite: true)
        #expect(!lifted.connection.readOnly && lifted.connection.readWriteOverride)
        let forced = BrowserFixtures.environment(
            readOnly: true, profile: Self.staging, profiles: BrowserFixtures.profiles, readWrite: true)
        #expect(forced.initialConnection.readOnly)
        #expect(
            forced.connection(for: Self.production, baseURL: .production).readOnly, "--read-only holds across a switch")
    }
}

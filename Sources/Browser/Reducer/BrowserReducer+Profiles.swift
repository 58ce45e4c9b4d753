import Localization
import NP6

/// `P` switches between the config file's profiles, as k9s's `:ctx` switches contexts. A switch
/// reads the new key first (its command may be slow or fail); only when that worked does the
/// session move, and then nothing of the previous server stays actionable.
extension BrowserReducer {
    static func openProfilePicker(_ state: inout BrowserState) -> [Effect] {
        let profiles = state.environment.profiles
        guard !profiles.isEmpty else {
            let reason =
                state.environment.demo
                ? Message.profilesNoneDemo.text() : Message.profilesNoneConfig(command: "`np6-subs config init`").text()
            state.flash = Flash(Message.flashNothingToSwitch(reason: reason).text(), kind: .info, now: state.now)
            return []
        }
        if let pending = state.pending, !pending.isLookup {
            // English says "A delete is in progress"; the French names the activity as it is.
            let activity = pending.activity.replacingAll("deleting", with: "delete")
            state.flash = Flash(
                Message.flashWriteBeforeSwitch(activity: activity).text(), kind: .warning, now: state.now)
            return []
        }
        let current =
            state.connection.profile.flatMap { current in profiles.firstIndex { $0.name == current.name } } ?? 0
        state.overlay = .profilePicker(ProfilePicker(profiles: profiles, focus: current))
        return []
    }

    static func moveProfilePickerFocus(_ state: inout BrowserState, _ movement: Movement) {
        guard case .profilePicker(var picker)? = state.overlay, let step = movement.step else { return }
        picker.focus = max(0, min(picker.profiles.count - 1, picker.focus + step))
        state.overlay = .profilePicker(picker)
    }

    /// Enter in the picker: read the focused profile's key, then move the session there.
    static func chooseProfile(_ state: inout BrowserState) -> [Effect] {
        guard case .profilePicker(let picker)? = state.overlay, picker.profiles.indices.contains(picker.focus) else {
            return []
        }
        let chosen = picker.profiles[picker.focus]
        state.overlay = nil
        if chosen.name == state.connection.profile?.name {
            state.flash = Flash(Message.flashAlreadyOn(name: chosen.name).text(), kind: .info, now: state.now)
            return []
        }
        var effects: [Effect] = []
        // Requests in flight belong to the old profile: cancelled, their answers ignored.
        if let pending = state.pending { effects.append(.cancel(generation: pending.generation)) }
        let generation = state.begin(.switchProfile(chosen.name))
        effects.append(.switchProfile(generation: generation, profile: chosen.name))
        return effects
    }

    static func profileSwitched(_ state: inout BrowserState, generation: Int, connection: BrowserConnection) -> [Effect]
    {
        guard let pending = state.pending, pending.generation == generation else { return [] }
        state.pending = nil
        state.switchConnection(to: connection)
        let name = connection.profile?.name ?? connection.host
        state.flash = Flash(
            Message.flashNowOn(name: name, host: connection.host).text(), kind: .success, now: state.now)
        state.overlay = .prompt(LookupPrompt())
        return [.loadApplications]
    }

    static func profileSwitchFailed(_ state: inout BrowserState, generation: Int, profile: String, message: String)
        -> [Effect]
    {
        guard let pending = state.pending, pending.generation == generation else { return [] }
        state.pending = nil
        let stay =
            state.connection.profile.map { Message.stillOn(name: $0.name).text() } ?? Message.nothingChanged.text()
        state.banner = Banner(
            title: Message.bannerCannotSwitch(profile: profile).text(),
            message: "\(UntrustedText.sanitized(message)) \(stay)")
        return []
    }
}

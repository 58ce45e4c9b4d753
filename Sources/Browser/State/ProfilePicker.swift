/// `P`: the list of config profiles, one focused; Enter switches to it.
public struct ProfilePicker: Sendable, Equatable {
    public let profiles: [ProfileChoice]
    public internal(set) var focus: Int

    public init(profiles: [ProfileChoice], focus: Int = 0) {
        self.profiles = profiles
        self.focus = focus
    }
}

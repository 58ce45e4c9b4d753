extension Message {
    // Switching profile, and undoing a journal entry.
    public static let profilesNoneDemo = Message(.profilesNoneDemo)
    public static func profilesNoneConfig(command: String) -> Message {
        Message(.profilesNoneConfig, ["command": .text(command)])
    }
    public static func flashNothingToSwitch(reason: String) -> Message {
        Message(.flashNothingToSwitch, ["reason": .text(reason)])
    }
    public static func flashWriteBeforeSwitch(activity: String) -> Message {
        Message(.flashWriteBeforeSwitch, ["activity": .text(activity)])
    }
    public static func flashAlreadyOn(name: String) -> Message {
        Message(.flashAlreadyOn, ["name": .text(name)])
    }
    public static func flashNowOn(name: String, host: String) -> Message {
        Message(.flashNowOn, ["name": .text(name), "host": .text(host)])
    }
    public static func stillOn(name: String) -> Message {
        Message(.stillOn, ["name": .text(name)])
    }
    public static let nothingChanged = Message(.nothingChanged)
    public static func bannerCannotSwitch(profile: String) -> Message {
        Message(.bannerCannotSwitch, ["profile": .text(profile)])
    }
    public static func flashCannotUndoEntry(id: String, why: String) -> Message {
        Message(.flashCannotUndoEntry, ["id": .text(id), "why": .text(why)])
    }
}

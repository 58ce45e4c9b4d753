extension Message {
    // A subscription summarised in a modal; sentences that name the modal's keys.
    public static let summaryAddress = Message(.summaryAddress)
    public static func summaryMore(_ count: Int) -> Message {
        Message(.summaryMore, ["count": .count(count)])
    }
    public static func confirmTypedThenKey(instruction: String, key: String) -> Message {
        Message(.confirmTypedThenKey, ["instruction": .text(instruction), "key": .key(key)])
    }
    public static func confirmKeyPresses(key: String) -> Message {
        Message(.confirmKeyPresses, ["key": .key(key)])
    }
    public static func confirmQuitWaitsKey(key: String) -> Message {
        Message(.confirmQuitWaitsKey, ["key": .key(key)])
    }
}

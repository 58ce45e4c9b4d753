extension Message {
    // What a confirmation says it sends.
    public static func requestEach(_ count: Int, request: String) -> Message {
        Message(.requestEach, ["count": .count(count), "request": .text(request)])
    }
    public static func requestTimes(_ count: Int, request: String) -> Message {
        Message(.requestTimes, ["count": .count(count), "request": .text(request)])
    }
    public static let requestNothing = Message(.requestNothing)
}

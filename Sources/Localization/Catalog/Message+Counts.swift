extension Message {
    /// `1 subscription`, `100,000 subscriptions`; `0 abonnement`, `12 345 abonnements`.
    public static func subscriptionCount(_ count: Int) -> Message {
        Message(.subscriptionCount, ["count": .count(count)])
    }
    public static func contactCount(_ count: Int) -> Message { Message(.contactCount, ["count": .count(count)]) }
}

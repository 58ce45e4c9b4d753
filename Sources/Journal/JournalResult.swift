public enum JournalResult: String, Sendable {
    case done
    case failed
    case unknown
    case partial
    /// A settlement after an unknown outcome: the subscriptions were re-created since.
    case restored
    /// One request of several, not sent: the program stopped before it.
    case notSent = "not sent"
}

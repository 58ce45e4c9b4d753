public enum JournalResult: String, Sendable {
    case done
    case failed
    case unknown
    case partial
}

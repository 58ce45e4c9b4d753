public enum JournalOperation: String, Sendable {
    case deleteSubscription = "delete-subscription"
    case deleteContact = "delete-contact"
    case undo
    case restore
}

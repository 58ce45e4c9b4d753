extension Message {
    // What a copy put on the clipboard, and what re-creating a journal entry did.
    public static func copyNothing(label: String) -> Message {
        Message(.copyNothing, ["label": .text(label)])
    }
    public static func copyEscaped(label: String, count: Int) -> Message {
        Message(.copyEscaped, ["label": .text(label), "count": .count(count)])
    }
    public static func copyWhat(label: String, count: Int) -> Message {
        Message(.copyWhat, ["label": .text(label), "count": .count(count)])
    }
    public static func entryOf(contact: String, entry: String) -> Message {
        Message(.entryOf, ["contact": .text(contact), "entry": .text(entry)])
    }
    public static func flashRecreatedEntry(count: Int, what: String) -> Message {
        Message(.flashRecreatedEntry, ["count": .count(count), "what": .text(what)])
    }
    public static let bannerRecreationIncomplete = Message(.bannerRecreationIncomplete)
    public static func bannerRecreationIncompleteMessage(
        restored: Int, total: Int, what: String, failed: Int, error: String, journal: String, undo: String
    ) -> Message {
        Message(
            .bannerRecreationIncompleteMessage,
            [
                "restored": .count(restored), "total": .count(total), "what": .text(what), "failed": .count(failed),
                "error": .text(error), "journal": .key(journal), "undo": .key(undo),
            ])
    }
}

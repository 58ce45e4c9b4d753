import Browser
import NP6

extension BrowserFixtures {
    public static let jeanneContact = ContactKey.unicity("jeanne.martin@example.com")

    /// A journal, newest first: a delete of foobar's firebase row (undoable), a restore (not), a
    /// delete of jeanne's apns row (undoable).
    public static func journalListing() -> JournalListing {
        func row(_ id: String, _ contact: ContactKey, _ operation: String, reason: String, undo: JournalRow.Undo)
            -> JournalRow
        {
            JournalRow(
                id: id,
                cells: ["2026-01-15 12:00", String(id.prefix(8)), contact.value, operation, "1", "done", reason],
                when: "2026-01-15 12:00", contactText: contact.value, contact: contact, unicity: contact.value,
                details: [JournalRow.Detail("entry", id), JournalRow.Detail("reason", reason)], undo: undo)
        }
        return JournalListing(
            header: ["WHEN", "ENTRY", "CONTACT", "OPERATION", "COUNT", "OUTCOME", "REASON"], shrinking: [2, 3, 5, 6],
            rows: [
                row("aaaaaaaa-0000", .unicity("foobar"), "delete", reason: "T-1", undo: .possible([foobar[0]])),
                row("bbbbbbbb-0000", .unicity("foobar"), "restore cccccccc", reason: "T-2", undo: .refused("no")),
                row("cccccccc-0000", jeanneContact, "delete", reason: "T-9", undo: .possible([jeanne[1]])),
            ], profile: nil, path: "/state/journal.jsonl")
    }
}

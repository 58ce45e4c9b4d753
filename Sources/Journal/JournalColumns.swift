import Essentials
import Localization

/// The columns of the journal's table, in one place: `np6-subs journal` prints them and the
/// browser's journal (`J`) shows them, so both read alike.
public enum JournalColumns {
    /// `WHEN ENTRY [PROFILE] CONTACT OPERATION COUNT OUTCOME REASON`; PROFILE once profiles are in
    /// use (the same contact on staging and on production must not read alike).
    /// OPERATOR after ENTRY when several people's entries are listed (`audit show`).
    public static func header(showsProfile: Bool, showsOperator: Bool = false) -> [String] {
        let titles: [Message] =
            [.journalColumnWhen, .journalColumnEntry] + (showsOperator ? [.journalColumnOperator] : [])
            + (showsProfile ? [.journalColumnProfile] : []) + [
                .journalColumnContact, .journalColumnOperation, .journalColumnCount, .journalColumnOutcome,
                .journalColumnReason,
            ]
        return titles.map { $0.text() }
    }

    /// One entry's cells under `header(showsProfile:)`; `when` is its time as the caller shows it.
    public static func cells(_ entry: JournalEntry, when: String, showsProfile: Bool, showsOperator: Bool = false)
        -> [String]
    {
        [when, String(entry.id.prefix(8))] + (showsOperator ? [entry.operatorName] : [])
            + (showsProfile ? [entry.profile ?? "—"] : []) + [
                entry.contact?.text ?? "—", entry.operationWords,
                NumberText.grouped(entry.subscriptions.count),
                entry.shortOutcome, entry.reason ?? "",
            ]
    }

    /// The columns that give way (cut with …) when the table is wider than its room: the
    /// contact, the outcome and the reason.
    public static func shrinking(showsProfile: Bool, showsOperator: Bool = false) -> [Int] {
        let shift = (showsProfile ? 1 : 0) + (showsOperator ? 1 : 0)
        return [2 + shift, 5 + shift, 6 + shift]
    }

    /// Whether the table of `entries` has an OPERATOR column: more than one person wrote them.
    public static func showsOperator(_ entries: [JournalEntry]) -> Bool {
        Set(entries.map(\.operatorName)).count > 1
    }

    /// Whether the table of `entries` has a PROFILE column.
    public static func showsProfile(_ entries: [JournalEntry]) -> Bool { entries.contains { $0.profile != nil } }
}

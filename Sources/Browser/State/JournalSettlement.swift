/// What a re-check found about a journal entry whose outcome was unknown, for the journal to
/// record (`Effect.settleJournal`).
public struct JournalSettlement: Sendable, Equatable {
    public enum Finding: Sendable, Equatable {
        /// Every subscription of the entry is gone: the request took effect.
        case happened
        /// Every one is still there: it did not.
        case didNotHappen
        /// Some are gone, some are not.
        case partly
    }

    public let entry: String
    public let finding: Finding

    public init(entry: String, finding: Finding) {
        self.entry = entry
        self.finding = finding
    }
}

import Journal

/// `journal --contact`, `--since`, `--host`, `--profile` and `--run`: which entries to list. Every given
/// condition must hold.
public struct JournalFilter: Sendable {
    /// Part of the contact's unicity, or of the key it was looked up by (any case).
    public var contact: String?
    /// Entries at or after this instant (seconds since 1970).
    public var since: Double?
    /// Part of the host the entry was sent to (any case).
    public var host: String?
    /// The profile the entry was recorded under, exactly.
    public var profile: String?
    /// The batch run (`delete --from-file`) the entry belongs to, exactly.
    public var run: String?
    /// Who recorded it (`audit show --operator`), exactly.
    public var operatorName: String?

    public init(
        contact: String? = nil, since: Double? = nil, host: String? = nil, profile: String? = nil, run: String? = nil,
        operatorName: String? = nil
    ) {
        self.operatorName = operatorName
        self.contact = contact
        self.since = since
        self.host = host
        self.profile = profile
        self.run = run
    }

    /// The entries listed, in the journal's order. With `run`, the re-creations of the run's
    /// entries too (`restore --run`, `restore ID`, `u` in the browser's journal), beside them.
    public func select(_ all: [JournalEntry]) -> [JournalEntry] {
        guard let run else { return all.filter(admits) }
        let runEntries = Set(all.filter { $0.run == run }.map(\.id))
        var others = self
        others.run = nil
        return all.filter { entry in
            others.admits(entry) && (entry.run == run || entry.restores.map(runEntries.contains) == true)
        }
    }

    public func admits(_ entry: JournalEntry) -> Bool {
        if let contact, !(entry.contact?.matches(contact) ?? false) { return false }
        if let host, !entry.host.lowercased().contains(host.lowercased()) { return false }
        if let profile, entry.profile != profile { return false }
        if let run, entry.run != run { return false }
        if let operatorName, entry.operatorName != operatorName { return false }
        if let since {
            guard let time = entry.instant, time >= since else { return false }
        }
        return true
    }
}

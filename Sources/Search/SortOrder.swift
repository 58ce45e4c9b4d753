/// The list's order: a key and a direction. Absent, the rows keep the server's order (or, under
/// a fuzzy filter, best match first).
public struct SortOrder: Sendable, Equatable {
    public var key: SortKey
    public var descending: Bool

    public init(_ key: SortKey, descending: Bool = false) {
        self.key = key
        self.descending = descending
    }

    /// `s`: the next key, ascending; after the last key, the server's order again.
    public static func next(after order: SortOrder?) -> SortOrder? {
        guard let order else { return SortOrder(SortKey.allCases[0]) }
        let keys = SortKey.allCases
        guard let position = keys.firstIndex(of: order.key), position + 1 < keys.count else { return nil }
        return SortOrder(keys[position + 1], descending: order.descending)
    }

    /// The header's arrow: ▲ ascending, ▼ descending.
    public var arrow: String { descending ? "▼" : "▲" }
}

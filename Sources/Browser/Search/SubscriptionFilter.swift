/// The `/` filter: space-separated terms, each a case-insensitive substring, all of which must
/// match somewhere in what the row and its detail show.
public struct SubscriptionFilter: Sendable, Equatable {
    public let text: String
    public let terms: [String]

    public init(_ text: String = "") {
        self.text = text
        self.terms = text.lowercased().split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    }

    public var isEmpty: Bool { terms.isEmpty }

    /// `searchText` must already be lower-cased (see `SearchText`).
    public func matches(_ searchText: String) -> Bool {
        terms.allSatisfy { searchText.contains($0) }
    }
}

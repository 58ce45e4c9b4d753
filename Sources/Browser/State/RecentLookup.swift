/// One entry of the lookup history, kept across runs.
public struct RecentLookup: Sendable, Hashable, Codable {
    public var kind: LookupKind
    public var value: String
    public init(kind: LookupKind, value: String) {
        self.kind = kind
        self.value = value
    }
}

/// The kinds the lookup prompt cycles through with Tab.
public enum LookupKind: String, Sendable, Hashable, CaseIterable, Codable {
    case unicity
    case hash
    case contactID = "contact id"
    case subscriptionID = "subscription id"

    public var next: LookupKind {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}
